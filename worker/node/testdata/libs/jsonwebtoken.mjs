import jwt from 'jsonwebtoken';
const KEYS = {
"rsaPriv": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDVspTD4Tn5IjkV\nSe5xEuuxWMAwluXPnrMW6/s6dPQnC1Uh3PG6G6TQrNsytiE9heEUQxB4G4453QNX\nvwJrdqQvj+gjoU3RCenN0G6w21fGcd8k3dffuRUf4hXHc2i6IcCerzTd8M07d3BS\nBWYretV2zFwmrxARHmJZZ+vJnW/nmSR7GIq/piNRqJYogRf9n5tIununhl2+an4b\nWm9uNcnBeaqAp4YuhbrkG6c0MCXa2rctVYfwGHxmtujf3V1EZlNpFKRJAAPY42zC\n+yKO5K3+y8OiQA94sPYphFAGEBZifsYbpOGAQRXOFqbD1UZbXAw2jx8nYrPhtM1g\nDcHAjKU1AgMBAAECggEAA//QFexgo992lwXnrvkOLSb+jco9KcoMCvlGndzzdsmZ\nAcW7RmLfDkK15XiQHbEkObdZlw3Y9w9CUUGTX4R8ZSF51DTgGnHnjMECWU/5kA6w\ngOWf9SFnGk4mXzGzO4yHKNEZma+4f4zoLrjIJTcqyIrhjJ3JHLDnYUn3GTJXlkt4\nIIWGKDmKCn57ru2le9PCZONrqPcYde242HLxYM7/7G+MUbTBr2euQTYMxwt6TMad\nw8GJxSY9dJ7a90OypElt7GGz3gd9PEPCFV28mQVqwqfSogldbMY7F1d5KfFXitS8\nHbOlJ44niUx+PD211V1/IT9KE02GEn229Q0KzQUcMQKBgQD+pswEzRtFvemMD9Eq\nvk9e+k3XQ1QvupCuRuikQWv3e3ynsI21tPSkF/1Cqd+pbzvBW5Nksihp4weYQ2mN\nguq4sxa7x4Tu1BhuJ2fRaKoS0bd6UafvXnoSIFp3ZPfQV/kWURJd24FIpmhyHiMn\nl4UM0vTOwhweUb8tGU26TV1kLQKBgQDW1ERzNvaC++T9fLOZCF5HO8hDC6TI4hqQ\nPNnGN6rhu4F/XjngTd34c1jxM1PbpmTtLxlg/DAGOpEIKK5GGwK1kkYTJDYLJ9wk\nQacnPxBimMNzMX6rStCKKjuWKw9n7DMLBFWYyYZHX2dWM/PaSaraf5ayyixPov9y\nZ+/2UlRCKQKBgQDw8HBouofrXNz0oKKPhrEidEHiQtoMrsDlpEHJ5/x3lGdFYk8y\ndZxjBi+iO4hbj9tB/5td0xNZ3Gz7LA1az1u2lfwUf5rPPe4/ixk3kYgZdkPbgBcc\n7I8jR2lRPj8a6aHL87klBOM2Ef0QvGMWus4wbAkk95QTO9Venmpks36BoQKBgC+D\nrUwKSQV5bxE9pn9fYXLB3y4tAhpIH/Xs74GuyEW68g5YqdZZgpGz+WUHpDF9oO7w\nrt1Lidem1nMGhF0PFk9Qdd0/8hAPldoTB0Rf52DXRstQlCKQnoUgiCNTjMnAbR2v\nrLrpP6DDkhh3zyRljLtc4tjSbHCErZkBMgq59NbZAoGBAI6bhnfkIVrg1DcDn21o\nry299EQ2nN9TZt4yz8qC4SCAy6W6u1lLMtSrDDmcRl7wIU1qLiHlM31Gk/2hXZQY\npiysDtqLxpKILuRKnWjVrkA78G+azqLgmmjmbfQbpQoeoXb4zt0gH/7thHHiX5p+\nMzTKjTIjW+/s2sperJFh2vYH\n-----END PRIVATE KEY-----\n",
"rsaPub": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1bKUw+E5+SI5FUnucRLr\nsVjAMJblz56zFuv7OnT0JwtVIdzxuhuk0KzbMrYhPYXhFEMQeBuOOd0DV78Ca3ak\nL4/oI6FN0QnpzdBusNtXxnHfJN3X37kVH+IVx3NouiHAnq803fDNO3dwUgVmK3rV\ndsxcJq8QER5iWWfryZ1v55kkexiKv6YjUaiWKIEX/Z+bSLp7p4Zdvmp+G1pvbjXJ\nwXmqgKeGLoW65BunNDAl2tq3LVWH8Bh8Zrbo391dRGZTaRSkSQAD2ONswvsijuSt\n/svDokAPeLD2KYRQBhAWYn7GG6ThgEEVzhamw9VGW1wMNo8fJ2Kz4bTNYA3BwIyl\nNQIDAQAB\n-----END PUBLIC KEY-----\n",
"rsaPriv1": "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1bKUw+E5+SI5FUnucRLrsVjAMJblz56zFuv7OnT0JwtVIdzx\nuhuk0KzbMrYhPYXhFEMQeBuOOd0DV78Ca3akL4/oI6FN0QnpzdBusNtXxnHfJN3X\n37kVH+IVx3NouiHAnq803fDNO3dwUgVmK3rVdsxcJq8QER5iWWfryZ1v55kkexiK\nv6YjUaiWKIEX/Z+bSLp7p4Zdvmp+G1pvbjXJwXmqgKeGLoW65BunNDAl2tq3LVWH\n8Bh8Zrbo391dRGZTaRSkSQAD2ONswvsijuSt/svDokAPeLD2KYRQBhAWYn7GG6Th\ngEEVzhamw9VGW1wMNo8fJ2Kz4bTNYA3BwIylNQIDAQABAoIBAAP/0BXsYKPfdpcF\n5675Di0m/o3KPSnKDAr5Rp3c83bJmQHFu0Zi3w5CteV4kB2xJDm3WZcN2PcPQlFB\nk1+EfGUhedQ04Bpx54zBAllP+ZAOsIDln/UhZxpOJl8xszuMhyjRGZmvuH+M6C64\nyCU3KsiK4YydyRyw52FJ9xkyV5ZLeCCFhig5igp+e67tpXvTwmTja6j3GHXtuNhy\n8WDO/+xvjFG0wa9nrkE2DMcLekzGncPBicUmPXSe2vdDsqRJbexhs94HfTxDwhVd\nvJkFasKn0qIJXWzGOxdXeSnxV4rUvB2zpSeOJ4lMfjw9tdVdfyE/ShNNhhJ9tvUN\nCs0FHDECgYEA/qbMBM0bRb3pjA/RKr5PXvpN10NUL7qQrkbopEFr93t8p7CNtbT0\npBf9QqnfqW87wVuTZLIoaeMHmENpjYLquLMWu8eE7tQYbidn0WiqEtG3elGn7156\nEiBad2T30Ff5FlESXduBSKZoch4jJ5eFDNL0zsIcHlG/LRlNuk1dZC0CgYEA1tRE\nczb2gvvk/XyzmQheRzvIQwukyOIakDzZxjeq4buBf1454E3d+HNY8TNT26Zk7S8Z\nYPwwBjqRCCiuRhsCtZJGEyQ2CyfcJEGnJz8QYpjDczF+q0rQiio7lisPZ+wzCwRV\nmMmGR19nVjPz2kmq2n+WssosT6L/cmfv9lJUQikCgYEA8PBwaLqH61zc9KCij4ax\nInRB4kLaDK7A5aRByef8d5RnRWJPMnWcYwYvojuIW4/bQf+bXdMTWdxs+ywNWs9b\ntpX8FH+azz3uP4sZN5GIGXZD24AXHOyPI0dpUT4/Gumhy/O5JQTjNhH9ELxjFrrO\nMGwJJPeUEzvVXp5qZLN+gaECgYAvg61MCkkFeW8RPaZ/X2Fywd8uLQIaSB/17O+B\nrshFuvIOWKnWWYKRs/llB6QxfaDu8K7dS4nXptZzBoRdDxZPUHXdP/IQD5XaEwdE\nX+dg10bLUJQikJ6FIIgjU4zJwG0dr6y66T+gw5IYd88kZYy7XOLY0mxwhK2ZATIK\nufTW2QKBgQCOm4Z35CFa4NQ3A59taK8tvfRENpzfU2beMs/KguEggMulurtZSzLU\nqww5nEZe8CFNai4h5TN9RpP9oV2UGKYsrA7ai8aSiC7kSp1o1a5AO/Bvms6i4Jpo\n5m30G6UKHqF2+M7dIB/+7YRx4l+afjM0yo0yI1vv7NrKXqyRYdr2Bw==\n-----END RSA PRIVATE KEY-----\n",
"ecPriv": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIEJzfQPxgpbzxJCKa01LaVta6KwsVv2lTWYqHBgCQT7goAoGCCqGSM49\nAwEHoUQDQgAEVRgTf9XXxfiYNjYQ+jLDnEov92BeJkwyT4cca4h9KE7+41BgTDAD\nmrJ2OEatT7w0IetvwUAezGwM7Qz4+IICBg==\n-----END EC PRIVATE KEY-----\n",
"ecPub": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEVRgTf9XXxfiYNjYQ+jLDnEov92Be\nJkwyT4cca4h9KE7+41BgTDADmrJ2OEatT7w0IetvwUAezGwM7Qz4+IICBg==\n-----END PUBLIC KEY-----\n"
};
export default {
  async test() {
    const t1 = jwt.sign({ sub: 'u1', role: 'admin' }, 'shhh', { noTimestamp: true });
    console.log('hs256', t1);
    console.log('verify', JSON.stringify(jwt.verify(t1, 'shhh')));
    try { jwt.verify(t1, 'wrong'); } catch (e) { console.log('bad', e.name, e.message); }
    const t2 = jwt.sign({ a: 1, iat: 1700000000 }, 'k', { algorithm: 'HS512', expiresIn: '1h', issuer: 'me' });
    console.log('hs512', t2);
    try { jwt.verify(t2, 'k'); } catch (e) { console.log('expired', e.name, e.message, e.expiredAt instanceof Date); }
    console.log('decode', JSON.stringify(jwt.decode(t2, { complete: true })));
    for (const [alg, priv, pub] of [['RS256', KEYS.rsaPriv, KEYS.rsaPub], ['RS384', KEYS.rsaPriv1, KEYS.rsaPub], ['PS256', KEYS.rsaPriv, KEYS.rsaPub], ['ES256', KEYS.ecPriv, KEYS.ecPub]]) {
      try {
        const t = jwt.sign({ alg, iat: 1700000000 }, priv, { algorithm: alg });
        console.log(alg, alg.startsWith('RS') ? t : t.split('.').slice(0, 2).join('.'), t.split('.')[2].length);
        console.log(alg, 'verify', JSON.stringify(jwt.verify(t, pub, { algorithms: [alg] })));
        try { jwt.verify(t, pub, { algorithms: ['HS256'] }); } catch (e) { console.log(alg, 'wrong alg', e.name, e.message); }
        const bad = t.slice(0, -4) + (t.endsWith('AAAA') ? 'BBBB' : 'AAAA');
        try { jwt.verify(bad, pub); } catch (e) { console.log(alg, 'tampered', e.name, e.message); }
      } catch (e) { console.log(alg, 'ERR', e.name, e.message); }
    }
    try { jwt.sign({ a: 1 }, KEYS.rsaPub, { algorithm: 'RS256' }); } catch (e) { console.log('pub as priv', e.name, e.message.slice(0, 60)); }
    try { jwt.sign({ a: 1 }, 'secret', { algorithm: 'RS256' }); } catch (e) { console.log('secret for RS', e.name, e.message.slice(0, 80)); }
  },
};
