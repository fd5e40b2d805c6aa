package node

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// node:crypto's X509Certificate, the Go side: a certificate of crypto/x509
// and what its getters show, in OpenSSL's wording (which workerd's and
// Node's are).

var (
	oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidAIA = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}
	oidEKU = asn1.ObjectIdentifier{2, 5, 29, 37}
)

// attributeNames are OpenSSL's short names of the name attributes.
var attributeNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O", "2.5.4.11": "OU",
	"2.5.4.5": "serialNumber", "2.5.4.9": "street", "2.5.4.12": "title", "2.5.4.4": "SN", "2.5.4.42": "GN",
	"2.5.4.43": "initials", "2.5.4.44": "generationQualifier", "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
	"2.5.4.17": "postalCode", "2.5.4.15": "businessCategory", "1.2.840.113549.1.9.1": "emailAddress",
	"0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID",
	"1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC", "1.3.6.1.4.1.311.60.2.1.2": "jurisdictionST",
	"1.3.6.1.4.1.311.60.2.1.1": "jurisdictionL",
}

// nameEntries are a name's attributes in the certificate's order.
func nameEntries(raw []byte) [][2]string {
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &rdns); err != nil {
		return nil
	}
	var out [][2]string
	for _, rdn := range rdns {
		for _, atv := range rdn {
			key, ok := attributeNames[atv.Type.String()]
			if !ok {
				key = atv.Type.String()
			}
			out = append(out, [2]string{key, fmt.Sprint(atv.Value)})
		}
	}
	return out
}

// multiline is a name as X509Certificate's subject and issuer show it.
func multiline(entries [][2]string) string {
	lines := make([]string, len(entries))
	for i, e := range entries {
		lines[i] = e[0] + "=" + escapeNameValue(e[1])
	}
	return strings.Join(lines, "\n")
}

// escapeNameValue quotes a value as Node does when it holds a character
// that would make the line ambiguous.
func escapeNameValue(v string) string {
	if strings.ContainsAny(v, "\n\"\\") || strings.HasPrefix(v, " ") || strings.HasSuffix(v, " ") {
		q, _ := jsonQuote(v)
		return q
	}
	return v
}

func jsonQuote(s string) (string, error) {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String(), nil
}

// extension is the raw value of c's extension id, nil when it has none.
func extension(c *x509.Certificate, id asn1.ObjectIdentifier) []byte {
	for _, e := range c.Extensions {
		if e.Id.Equal(id) {
			return e.Value
		}
	}
	return nil
}

// generalName is one GeneralName: its tag and value.
type generalName struct {
	tag   int
	value []byte
}

func generalNames(der []byte) []generalName {
	var seq asn1.RawValue
	if _, err := asn1.Unmarshal(der, &seq); err != nil {
		return nil
	}
	var out []generalName
	rest := seq.Bytes
	for len(rest) > 0 {
		var v asn1.RawValue
		var err error
		if rest, err = asn1.Unmarshal(rest, &v); err != nil {
			return out
		}
		out = append(out, generalName{v.Tag, v.Bytes})
	}
	return out
}

// ipString is an IP address as OpenSSL prints it: dotted, or eight groups
// of upper-case hex.
func ipString(b []byte) string {
	if len(b) == 4 {
		return net.IP(b).String()
	}
	if len(b) == 16 {
		parts := make([]string, 8)
		for i := range parts {
			parts[i] = strings.ToUpper(fmt.Sprintf("%x", int(b[2*i])<<8|int(b[2*i+1])))
		}
		return strings.Join(parts, ":")
	}
	return "<invalid>"
}

// sanValue quotes a SAN value as Node does when it has a comma, a quote or
// a character that is not printable ASCII.
func sanValue(v string) string {
	for _, r := range v {
		if r == ',' || r == '"' || r == '\\' || r < 0x20 || r > 0x7e {
			q, _ := jsonQuote(v)
			return q
		}
	}
	return v
}

// subjectAltName is the certificate's SAN extension as OpenSSL prints it,
// "" when it has none.
func subjectAltName(c *x509.Certificate) (string, bool) {
	der := extension(c, oidSAN)
	if der == nil {
		return "", false
	}
	var parts []string
	for _, n := range generalNames(der) {
		switch n.tag {
		case 1:
			parts = append(parts, "email:"+sanValue(string(n.value)))
		case 2:
			parts = append(parts, "DNS:"+sanValue(string(n.value)))
		case 6:
			parts = append(parts, "URI:"+sanValue(string(n.value)))
		case 7:
			parts = append(parts, "IP Address:"+ipString(n.value))
		}
	}
	return strings.Join(parts, ", "), true
}

// infoAccess is the Authority Information Access extension as OpenSSL
// prints it ("OCSP - URI:...\n" a line).
func infoAccess(c *x509.Certificate) (string, bool) {
	der := extension(c, oidAIA)
	if der == nil {
		return "", false
	}
	var entries []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	if _, err := asn1.Unmarshal(der, &entries); err != nil {
		return "", false
	}
	var b strings.Builder
	for _, e := range entries {
		method := e.Method.String()
		switch method {
		case "1.3.6.1.5.5.7.48.1":
			method = "OCSP"
		case "1.3.6.1.5.5.7.48.2":
			method = "CA Issuers"
		}
		if e.Location.Tag == 6 {
			b.WriteString(method + " - URI:" + sanValue(string(e.Location.Bytes)) + "\n")
		}
	}
	return b.String(), true
}

// extKeyUsage is the certificate's extended key usage OIDs, in its order.
func extKeyUsage(c *x509.Certificate) ([]string, bool) {
	der := extension(c, oidEKU)
	if der == nil {
		return nil, false
	}
	var oids []asn1.ObjectIdentifier
	if _, err := asn1.Unmarshal(der, &oids); err != nil {
		return nil, false
	}
	out := make([]string, len(oids))
	for i, o := range oids {
		out[i] = o.String()
	}
	return out, true
}

func fingerprint(sum []byte) string {
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

// serialHex is the serial number as OpenSSL's BN_bn2hex writes it.
func serialHex(n *big.Int) string {
	if n.Sign() == 0 {
		return "00"
	}
	return strings.ToUpper(hex.EncodeToString(n.Bytes()))
}

const asn1Time = "Jan _2 15:04:05 2006 GMT"

// matchHost reports whether a DNS SAN pattern matches host, with RFC
// 6125's wildcard in the leftmost label when wildcards are on.
func matchHost(pattern, host string, wildcards, partial bool) bool {
	pattern, host = strings.ToLower(strings.TrimSuffix(pattern, ".")), strings.ToLower(strings.TrimSuffix(host, "."))
	if pattern == host {
		return true
	}
	if !wildcards || !strings.Contains(pattern, "*") {
		return false
	}
	pl, hl := strings.Split(pattern, "."), strings.Split(host, ".")
	if len(pl) != len(hl) || len(pl) < 3 {
		return false
	}
	for i := 1; i < len(pl); i++ {
		if pl[i] != hl[i] || strings.Contains(pl[i], "*") {
			return false
		}
	}
	first := pl[0]
	if first == "*" {
		return hl[0] != ""
	}
	if !partial {
		return false
	}
	pre, suf, _ := strings.Cut(first, "*")
	return len(hl[0]) >= len(pre)+len(suf) && strings.HasPrefix(hl[0], pre) && strings.HasSuffix(hl[0], suf)
}

func installX509(s *state, set func(string, func(goja.FunctionCall) goja.Value), keyOf func(goja.Value) *nodeKey, fail func(*goja.Object, string)) {
	rt := s.env.RT
	in := s.env.Intrinsics()
	buffer := func(p []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(p)) }
	certOf := func(v goja.Value) *x509.Certificate {
		c, ok := gojaprops.Export(v).(*x509.Certificate)
		if !ok {
			fail(in.TypeError, "Illegal invocation")
		}
		return c
	}
	str := func(v string, ok bool) goja.Value {
		if !ok {
			return goja.Null()
		}
		return rt.ToValue(v)
	}
	// x509Parse(bytes) -> a certificate from PEM or DER, or null.
	set("x509Parse", func(call goja.FunctionCall) goja.Value {
		data := cryptoBytes(rt, call.Argument(0))
		if block, _ := pem.Decode(data); block != nil {
			if block.Type != "CERTIFICATE" && block.Type != "TRUSTED CERTIFICATE" && block.Type != "X509 CERTIFICATE" {
				return goja.Null()
			}
			data = block.Bytes
		}
		c, err := x509.ParseCertificate(data)
		if err != nil {
			return goja.Null()
		}
		return rt.ToValue(c)
	})
	// x509Get(cert, what) -> one of X509Certificate's properties.
	set("x509Get", func(call goja.FunctionCall) goja.Value {
		c := certOf(call.Argument(0))
		switch call.Argument(1).String() {
		case "subject":
			return rt.ToValue(multiline(nameEntries(c.RawSubject)))
		case "issuer":
			return rt.ToValue(multiline(nameEntries(c.RawIssuer)))
		case "subjectAltName":
			return str(subjectAltName(c))
		case "infoAccess":
			return str(infoAccess(c))
		case "validFrom":
			return rt.ToValue(c.NotBefore.UTC().Format(asn1Time))
		case "validTo":
			return rt.ToValue(c.NotAfter.UTC().Format(asn1Time))
		case "fingerprint":
			sum := sha1.Sum(c.Raw)
			return rt.ToValue(fingerprint(sum[:]))
		case "fingerprint256":
			sum := sha256.Sum256(c.Raw)
			return rt.ToValue(fingerprint(sum[:]))
		case "fingerprint512":
			sum := sha512.Sum512(c.Raw)
			return rt.ToValue(fingerprint(sum[:]))
		case "keyUsage":
			if oids, ok := extKeyUsage(c); ok {
				return rt.ToValue(oids)
			}
			return goja.Undefined()
		case "serialNumber":
			return rt.ToValue(serialHex(c.SerialNumber))
		case "raw":
			return buffer(append([]byte(nil), c.Raw...))
		case "pem":
			return rt.ToValue(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})))
		case "ca":
			return rt.ToValue(c.BasicConstraintsValid && c.IsCA)
		case "publicKey":
			pub, ok := publicOnly(c.PublicKey)
			if !ok {
				return goja.Undefined()
			}
			return rt.ToValue(&nodeKey{kind: "public", pub: pub, extractable: true})
		}
		return goja.Undefined()
	})
	// x509Check(cert, kind, value, wildcards, partialWildcards, subject)
	// with kind host, email or ip -> the SAN that matched, or undefined.
	set("x509Check", func(call goja.FunctionCall) goja.Value {
		c := certOf(call.Argument(0))
		kind, value := call.Argument(1).String(), call.Argument(2).String()
		wildcards := goja.IsUndefined(call.Argument(3)) || call.Argument(3).ToBoolean()
		partial := goja.IsUndefined(call.Argument(4)) || call.Argument(4).ToBoolean()
		// BoringSSL's X509_check_host looks at the subject's CN only with
		// subject: 'always' (never as a fallback), and only at one that is
		// a host name.
		subject := "default"
		if v := call.Argument(5); !goja.IsUndefined(v) {
			subject = v.String()
			if subject != "default" && subject != "always" && subject != "never" {
				fail(in.Error, "Invalid subject option")
			}
		}
		var ip net.IP
		if kind == "ip" {
			if ip = net.ParseIP(value); ip == nil {
				fail(in.Error, "Invalid IP")
			}
		}
		tag := map[string]int{"email": 1, "host": 2, "ip": 7}[kind]
		for _, n := range generalNames(extension(c, oidSAN)) {
			if n.tag != tag {
				continue
			}
			switch kind {
			case "host":
				if matchHost(string(n.value), value, wildcards, partial) {
					return rt.ToValue(string(n.value))
				}
			case "email":
				if emailEqual(string(n.value), value) {
					return rt.ToValue(string(n.value))
				}
			case "ip":
				if net.IP(n.value).Equal(ip) {
					return rt.ToValue(value)
				}
			}
		}
		if kind == "host" && subject == "always" {
			for _, e := range nameEntries(c.RawSubject) {
				if e[0] == "CN" && isHostName(e[1]) && matchHost(e[1], value, wildcards, partial) {
					return rt.ToValue(e[1])
				}
			}
		}
		return goja.Undefined()
	})
	// x509CheckIssued(cert, other): whether other issued cert (names and
	// key identifiers agree).
	set("x509CheckIssued", func(call goja.FunctionCall) goja.Value {
		c, issuer := certOf(call.Argument(0)), certOf(call.Argument(1))
		ok := bytes.Equal(c.RawIssuer, issuer.RawSubject)
		if ok && len(c.AuthorityKeyId) > 0 && len(issuer.SubjectKeyId) > 0 {
			ok = bytes.Equal(c.AuthorityKeyId, issuer.SubjectKeyId)
		}
		if ok && issuer.KeyUsage != 0 && issuer.KeyUsage&x509.KeyUsageCertSign == 0 {
			ok = false
		}
		return rt.ToValue(ok)
	})
	set("x509CheckPrivateKey", func(call goja.FunctionCall) goja.Value {
		c, k := certOf(call.Argument(0)), keyOf(call.Argument(1))
		pub, ok := publicOnly(c.PublicKey)
		if !ok {
			return rt.ToValue(false)
		}
		return rt.ToValue(k.equal(&nodeKey{kind: "private", pub: pub, priv: k.priv}) && (&nodeKey{kind: "public", pub: pub}).equal(&nodeKey{kind: "public", pub: k.pub}))
	})
	// x509Verify(cert, publicKey): whether the key made the signature.
	set("x509Verify", func(call goja.FunctionCall) goja.Value {
		c, k := certOf(call.Argument(0)), keyOf(call.Argument(1))
		signer := &x509.Certificate{PublicKey: k.pub, PublicKeyAlgorithm: c.PublicKeyAlgorithm}
		return rt.ToValue(signer.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil)
	})
	// x509Legacy(cert) -> toLegacyObject's fields, before the JS side's
	// conversions.
	set("x509Legacy", func(call goja.FunctionCall) goja.Value {
		c := certOf(call.Argument(0))
		o := rt.NewObject()
		nameObject := func(raw []byte) *goja.Object {
			n := rt.NewObject()
			for _, e := range nameEntries(raw) {
				switch prev := n.Get(e[0]).(type) {
				case nil:
					_ = n.Set(e[0], e[1])
				case *goja.Object:
					_ = prev.Set(itoaInt(int(prev.Get("length").ToInteger())), e[1])
				default:
					_ = n.Set(e[0], rt.NewArray(prev, e[1]))
				}
			}
			return n
		}
		san, _ := subjectAltName(c)
		aia, _ := infoAccess(c)
		_ = o.Set("subject", nameObject(c.RawSubject))
		_ = o.Set("subjectAltName", san)
		_ = o.Set("infoAccess", aia)
		_ = o.Set("issuer", nameObject(c.RawIssuer))
		_ = o.Set("ca", c.BasicConstraintsValid && c.IsCA)
		switch p := c.PublicKey.(type) {
		case *rsa.PublicKey:
			_ = o.Set("modulus", hex.EncodeToString(p.N.Bytes()))
			_ = o.Set("bits", p.N.BitLen())
			_ = o.Set("exponent", fmt.Sprintf("0x%x", p.E))
			if der, err := x509.MarshalPKIXPublicKey(p); err == nil {
				_ = o.Set("pubkey", buffer(der))
			}
		case *ecdsa.PublicKey:
			_ = o.Set("bits", p.Curve.Params().BitSize)
			if raw, err := p.Bytes(); err == nil {
				_ = o.Set("pubkey", buffer(raw))
			}
			_ = o.Set("asn1Curve", curveName(p.Curve))
			_ = o.Set("nistCurve", p.Curve.Params().Name)
		}
		_ = o.Set("valid_from", c.NotBefore.UTC().Format(asn1Time))
		_ = o.Set("valid_to", c.NotAfter.UTC().Format(asn1Time))
		sum1, sum256, sum512 := sha1.Sum(c.Raw), sha256.Sum256(c.Raw), sha512.Sum512(c.Raw)
		_ = o.Set("fingerprint", fingerprint(sum1[:]))
		_ = o.Set("fingerprint256", fingerprint(sum256[:]))
		_ = o.Set("fingerprint512", fingerprint(sum512[:]))
		_ = o.Set("serialNumber", serialHex(c.SerialNumber))
		if oids, ok := extKeyUsage(c); ok {
			_ = o.Set("ext_key_usage", oids)
		}
		_ = o.Set("raw", buffer(append([]byte(nil), c.Raw...)))
		return o
	})
}

// emailEqual compares addresses as OpenSSL does: the local part exactly,
// the domain in any case.
func emailEqual(a, b string) bool {
	la, da, ok1 := strings.Cut(a, "@")
	lb, db, ok2 := strings.Cut(b, "@")
	if !ok1 || !ok2 {
		return a == b
	}
	return la == lb && strings.EqualFold(da, db)
}

// isHostName reports whether a CN is a DNS name (letters, digits, '-',
// '.' and a wildcard), which is all X509_check_host matches a CN against.
func isHostName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '*') {
			return false
		}
	}
	return true
}

func itoaInt(i int) string { return fmt.Sprint(i) }
