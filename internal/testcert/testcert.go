// Package testcert is the TLS server certificate of mcrepl's tests: a
// self-signed certificate for 127.0.0.1 and localhost that the test process
// trusts through SSL_CERT_FILE (which Go's crypto/x509 reads when it first
// loads the system roots, so Trust must come before the process's first
// TLS verification). Tests only.
package testcert

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"
)

var (
	once sync.Once
	cert tls.Certificate
	err  error
)

// Trust makes the certificate (once per process), names it in
// SSL_CERT_FILE and returns it, for a test server's tls.Config.
func Trust() (tls.Certificate, error) {
	once.Do(func() {
		var pemBytes []byte
		pemBytes, cert, err = newCert()
		if err != nil {
			return
		}
		var dir string
		if dir, err = os.MkdirTemp("", "mcrepl-testcert"); err != nil {
			return
		}
		file := filepath.Join(dir, "ca.pem")
		if err = os.WriteFile(file, pemBytes, 0o600); err != nil {
			return
		}
		os.Setenv("SSL_CERT_FILE", file)
		os.Unsetenv("SSL_CERT_DIR")
	})
	return cert, err
}

// newCert is a self-signed certificate for 127.0.0.1 and localhost, valid for
// a day, and its PEM.
func newCert() ([]byte, tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, tls.Certificate{}, err
	}
	tmpl := x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "mcrepl test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, &tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, tls.Certificate{}, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}
