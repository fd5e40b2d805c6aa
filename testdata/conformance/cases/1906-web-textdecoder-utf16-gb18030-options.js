    // TextDecoder as workerd (ICU) has it: UTF-16 lone lead surrogates pass only in a one-shot decode with
    // nothing carried; gb18030/gbk keep GB18030-2005's PUA and refuse 0x80; null options; Symbols refused.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const cps = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
    for (const fatal of [false, true]) for (const enc of ['utf-16le', 'utf-16be']) {
      const le = enc === 'utf-16le';
      const u = (...units) => new Uint8Array(units.flatMap((x) => le ? [x & 255, x >> 8] : [x >> 8, x & 255]));
      for (const [n, b] of [['lone hi', u(0xd800)], ['lone lo', u(0xdc00)], ['hi A', u(0xd800, 0x41)], ['A lo', u(0x41, 0xdc00)], ['pair', u(0xd83d, 0xde00)], ['hi hi lo', u(0xd800, 0xd83d, 0xde00)], ['odd', new Uint8Array([0x41, 0, 0x42])], ['hi odd', new Uint8Array(le ? [0, 0xd8, 0x41] : [0xd8, 0, 0x41])]]) {
        await t(enc + ' fatal=' + fatal + ' ' + n, () => cps(new TextDecoder(enc, { fatal }).decode(b)));
      }
      await t(enc + ' fatal=' + fatal + ' stream hi|lo', () => { const d = new TextDecoder(enc, { fatal }); return cps(d.decode(u(0xd83d), { stream: true }) + d.decode(u(0xde00))); });
      await t(enc + ' fatal=' + fatal + ' stream hi|end', () => { const d = new TextDecoder(enc, { fatal }); return cps(d.decode(u(0xd83d), { stream: true }) + d.decode()); });
    }
    for (const [n, b] of [['80', [0x80]], ['ff', [0xff]], ['a1a1', [0xa1, 0xa1]], ['81 30', [0x81, 0x30]], ['a2e3', [0xa2, 0xe3]], ['a6d9', [0xa6, 0xd9]], ['fe50', [0xfe, 0x50]], ['a8bf', [0xa8, 0xbf]], ['84 31 a4 39', [0x84, 0x31, 0xa4, 0x39]]]) {
      await t('gbk ' + n, () => cps(new TextDecoder('gbk').decode(new Uint8Array(b))));
      await t('gb18030 ' + n, () => cps(new TextDecoder('gb18030').decode(new Uint8Array(b))));
    }
    await t('td null', () => new TextDecoder('utf-8', null).fatal);
    await t('td undefined', () => new TextDecoder('utf-8', undefined).fatal);
    await t('tds null', () => new TextDecoderStream('utf-8', null).fatal);
    await t('tds undefined', () => new TextDecoderStream('utf-8', undefined).fatal);
    await t('decode null', () => new TextDecoder().decode(new Uint8Array([65]), null));
    await t('decode undefined', () => new TextDecoder().decode(new Uint8Array([65]), undefined));
    await t('decode 5', () => new TextDecoder().decode(new Uint8Array([65]), 5));
    await t('td 5', () => new TextDecoder('utf-8', 5));
    await t('td label sym', () => new TextDecoder(Symbol()));
    await t('td label obj', () => new TextDecoder({ toString() { return 'latin1'; } }).encoding);
    await t('te sym', () => new TextEncoder().encode(Symbol()));
    await t('te into sym', () => new TextEncoder().encodeInto(Symbol(), new Uint8Array(2)));
    await t('te obj', () => new TextEncoder().encode({ toString() { return 'ab'; } }).length);
    await t('te null', () => new TextEncoder().encode(null).length);
    await t('atob sym', () => atob(Symbol()));
    await t('btoa sym', () => btoa(Symbol()));
    await t('atob obj', () => atob({ toString() { return 'YQ=='; } }));
    await t('btoa obj', () => btoa({ toString() { return 'a'; } }));
    await t('tds label sym', () => new TextDecoderStream(Symbol()));
    const u16 = (...units) => new Uint8Array(units.flatMap((x) => [x & 255, x >> 8]));
    for (const [n, parts] of [['hi|hi', [u16(0xd800), u16(0xd800)]], ['hi|A', [u16(0xd800), u16(0x41)]], ['hi|odd', [u16(0xd800), new Uint8Array([0x41])]], ['A hi|', [u16(0x41, 0xd800), new Uint8Array()]], ['hi|lo hi', [u16(0xd83d), u16(0xde00, 0xd800)]], ['odd|', [new Uint8Array([0x41]), new Uint8Array()]], ['hi|empty|', [u16(0xd800), new Uint8Array(), new Uint8Array()]]]) {
      for (const fatal of [false, true]) await t('le stream ' + n + ' ' + fatal, () => { const d = new TextDecoder('utf-16le', { fatal }); let s = ''; parts.forEach((p, i) => { s += d.decode(p, { stream: i < parts.length - 1 }); }); return cps(s); });
    }
    const u3 = (...units) => new Uint8Array(units.flatMap((x) => [x & 255, x >> 8]));
    const run = (fatal, calls) => { const d = new TextDecoder('utf-16le', { fatal }); return calls.map(([p, stream]) => { try { return '[' + cps(d.decode(p, { stream })) + ']'; } catch (e) { return 'E'; } }).join(''); };
    for (const fatal of [false, true]) {
      await t('1 ' + fatal, () => run(fatal, [[u3(0xd800, 0x41), true]]));
      await t('1b ' + fatal, () => run(fatal, [[u3(0xd800, 0x41), true], [u3(0x42), false]]));
      await t('2 ' + fatal, () => run(fatal, [[u3(0x41), true], [u3(0xd800), false]]));
      await t('3 ' + fatal, () => run(fatal, [[u3(0xd800), false], [u3(0xd800), false]]));
      await t('4 ' + fatal, () => run(fatal, [[u3(0x41), true], [u3(0xdc00, 0x41), false], [u3(0xdc00), false]]));
      await t('5 ' + fatal, () => run(fatal, [[u3(0xdc00), true], [u3(0xdc00), false]]));
      await t('6 ' + fatal, () => run(fatal, [[new Uint8Array([0x41]), true], [new Uint8Array([0x00, 0x00, 0xd8]), false], [u3(0xd800), false]]));
      await t('7 ' + fatal, () => run(fatal, [[u3(0xd83d, 0xde00), true], [u3(0xdc00), true], [new Uint8Array(), false]]));
      await t('8 ' + fatal, () => run(fatal, [[u3(0xd800, 0x41), false], [u3(0xd800, 0x41), true], [u3(0xd800, 0x41), false], [u3(0xd800, 0x41), false]]));
    }
