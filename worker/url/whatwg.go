package url

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is the URL standard's URL record, basic URL parser (section
// 4.4) and serializer (4.5), written for this package: the functions are
// named after the spec's algorithms and the states after its states. A
// non-opaque path is kept serialized ("/a/b" is the list ["a", "b"]), so
// that appending and shortening are string operations.

// record is a URL record.
type record struct {
	scheme   string
	username string
	password string
	host     string // serialized; meaningful when hasHost
	hasHost  bool
	port     int    // -1: null
	path     string // serialized path list, or the opaque path
	opaque   bool
	query    string
	hasQuery bool
	fragment string
	hasFrag  bool
}

// specialPort is the default port of each special scheme (-1 for file).
func specialPort(scheme string) (port int, special bool) {
	switch scheme {
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	case "ftp":
		return 21, true
	case "file":
		return -1, true
	}
	return -1, false
}

func (u *record) special() bool { _, s := specialPort(u.scheme); return s }

// href is the URL serializer.
func (u *record) href() string {
	var b strings.Builder
	b.Grow(len(u.scheme) + len(u.username) + len(u.password) + len(u.host) + len(u.path) + len(u.query) + len(u.fragment) + 16)
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if u.hasHost {
		b.WriteString("//")
		if u.username != "" || u.password != "" {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteByte(':')
				b.WriteString(u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.host)
		if u.port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.port))
		}
	} else if !u.opaque && strings.HasPrefix(u.path, "//") {
		b.WriteString("/.")
	}
	b.WriteString(u.path)
	if u.hasQuery {
		b.WriteByte('?')
		b.WriteString(u.query)
	}
	if u.hasFrag {
		b.WriteByte('#')
		b.WriteString(u.fragment)
	}
	return b.String()
}

func (u *record) hostPort() string {
	if !u.hasHost {
		return ""
	}
	if u.port < 0 {
		return u.host
	}
	return u.host + ":" + strconv.Itoa(u.port)
}

func (u *record) hostname() string {
	if !u.hasHost {
		return ""
	}
	return u.host
}

func (u *record) portString() string {
	if u.port < 0 {
		return ""
	}
	return strconv.Itoa(u.port)
}

func (u *record) search() string {
	if !u.hasQuery || u.query == "" {
		return ""
	}
	return "?" + u.query
}

func (u *record) hash() string {
	if !u.hasFrag || u.fragment == "" {
		return ""
	}
	return "#" + u.fragment
}

func (u *record) cannotHaveUsernamePasswordPort() bool {
	return !u.hasHost || u.host == "" || u.scheme == "file"
}

// shortenPath is the spec's "shorten a URL's path".
func (u *record) shortenPath() {
	if u.scheme == "file" && strings.Count(u.path, "/") == 1 && isNormalizedWindowsDriveLetter(u.path[1:]) {
		return
	}
	if i := strings.LastIndexByte(u.path, '/'); i >= 0 {
		u.path = u.path[:i]
	}
}

// pathFirst is the first segment of the path list ("" when empty).
func (u *record) pathFirst() (string, bool) {
	if u.path == "" {
		return "", false
	}
	rest := u.path[1:]
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[:i], true
	}
	return rest, true
}

type parseState int

const (
	noState parseState = iota
	schemeStartState
	schemeState
	noSchemeState
	specialRelativeOrAuthorityState
	pathOrAuthorityState
	relativeState
	relativeSlashState
	specialAuthoritySlashesState
	specialAuthorityIgnoreSlashesState
	authorityState
	hostState
	hostnameState
	portState
	fileState
	fileSlashState
	fileHostState
	pathStartState
	pathState
	opaquePathState
	queryState
	fragmentState
)

const eof = -1

// parseURL is the basic URL parser without a URL or state override.
func parseURL(input string, base *record) (*record, bool) {
	u := &record{port: -1}
	if !basicParse(input, base, u, noState) {
		return nil, false
	}
	return u, true
}

func isC0ControlOrSpace(c byte) bool { return c <= 0x20 }

// trimControlAndSpace strips leading and trailing C0 controls and spaces.
func trimControlAndSpace(s string) string {
	i, j := 0, len(s)
	for i < j && isC0ControlOrSpace(s[i]) {
		i++
	}
	for j > i && isC0ControlOrSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// removeTabNewline removes every ASCII tab or newline.
func removeTabNewline(s string) string {
	// A byte loop: strings.ContainsAny builds a set for each call, and
	// every parse asks.
	i := 0
	for i < len(s) && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '\t' && c != '\n' && c != '\r' {
			b = append(b, c)
		}
	}
	return string(b)
}

func isASCIIAlpha(c rune) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isASCIIDigit(c rune) bool { return '0' <= c && c <= '9' }
func isASCIIHex(c rune) bool   { return isASCIIDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isASCIIAlnum(c rune) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }
func lowerASCII(c rune) rune {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isWindowsDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}

func isNormalizedWindowsDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

// startsWithWindowsDriveLetter: two code points that are a Windows drive
// letter, then the end or one of / \ ? #.
func startsWithWindowsDriveLetter(s string) bool {
	if len(s) < 2 || !isWindowsDriveLetter(s[:2]) {
		return false
	}
	if len(s) == 2 {
		return true
	}
	switch s[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch len(s) {
	case 2:
		return s == ".."
	case 4:
		return strings.EqualFold(s, ".%2e") || strings.EqualFold(s, "%2e.")
	case 6:
		return strings.EqualFold(s, "%2e%2e")
	}
	return false
}

// The run tables: after a state has taken a character the ordinary way,
// appendRun takes the ASCII bytes that follow which the same state would
// only append unchanged, in one step instead of one loop turn each (the
// loop's cost per character was most of a parse). A byte in a table, and
// every non-ASCII byte, stops a run and goes through the state as usual.
//
// Like the percent-encode sets, they are literals (sets_test.go): each is
// the C0 controls and DEL plus the characters that end the run (pathStop:
// pathSet's and those).
var (
	authorityStop = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		'#': true, '/': true, '?': true, '@': true, '\\': true, 0x7f: true,
	}
	hostStop = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		'#': true, '/': true, ':': true, '?': true, '[': true, '\\': true, ']': true, 0x7f: true,
	}
	pathStop = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		' ': true, '"': true, '#': true, '/': true, '<': true, '>': true, '?': true, '\\': true, '^': true, '`': true, '{': true, '}': true, 0x7f: true,
	}
	queryStop = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		'#': true, 0x7f: true,
	}
)

// fragmentStop is fragmentSet (a function: a variable copied from another
// is init code).
func fragmentStop() *encodeSet { return fragmentSet }

// appendRun appends to buf the bytes of input after p up to the first that
// stop marks (or a non-ASCII one), and returns the position of the last
// byte taken (p when none is), which the parse loop then steps past.
func appendRun(buf []byte, input string, p int, stop *encodeSet) ([]byte, int) {
	j := p + 1
	for j < len(input) && input[j] < 0x80 && !stop[input[j]] {
		j++
	}
	if j == p+1 {
		return buf, p
	}
	return append(buf, input[p+1:j]...), j - 1
}

// basicParse runs the basic URL parser on input into u, from state
// override when it is not noState (the setters). It reports failure; with
// a state override, a "return" of the spec is success.
func basicParse(input string, base *record, u *record, override parseState) bool {
	if override == noState {
		input = trimControlAndSpace(input)
	}
	input = removeTabNewline(input)
	st := override
	if st == noState {
		st = schemeStartState
	}
	var buf []byte
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	p := 0
	// bufStart is the pointer where the authority state's buffer began.
	bufStart := 0
	for {
		c, n := rune(eof), 0
		if p >= 0 && p < len(input) {
			if b := input[p]; b < utf8.RuneSelf {
				c, n = rune(b), 1
			} else {
				c, n = utf8.DecodeRuneInString(input[p:])
			}
		}
		remaining := ""
		if p+n <= len(input) && p >= 0 {
			remaining = input[p+n:]
		}
		back := func() { // decrease pointer by 1
			if p <= 0 {
				p = -1
				return
			}
			_, m := utf8.DecodeLastRuneInString(input[:p])
			p -= m
		}
		switch st {
		case schemeStartState:
			if isASCIIAlpha(c) {
				buf = append(buf, byte(lowerASCII(c)))
				st = schemeState
			} else if override == noState {
				st = noSchemeState
				back()
			} else {
				return false
			}
		case schemeState:
			if isASCIIAlnum(c) || c == '+' || c == '-' || c == '.' {
				buf = append(buf, byte(lowerASCII(c)))
			} else if c == ':' {
				scheme := string(buf)
				if override != noState {
					_, urlSpecial := specialPort(u.scheme)
					_, bufSpecial := specialPort(scheme)
					if urlSpecial != bufSpecial {
						return true
					}
					if (u.username != "" || u.password != "" || u.port >= 0) && scheme == "file" {
						return true
					}
					if u.scheme == "file" && u.hasHost && u.host == "" {
						return true
					}
				}
				u.scheme = scheme
				if override != noState {
					if def, _ := specialPort(u.scheme); u.port == def {
						u.port = -1
					}
					return true
				}
				buf = buf[:0]
				if u.scheme == "file" {
					st = fileState
				} else if u.special() && base != nil && base.scheme == u.scheme {
					st = specialRelativeOrAuthorityState
				} else if u.special() {
					st = specialAuthoritySlashesState
				} else if strings.HasPrefix(remaining, "/") {
					st = pathOrAuthorityState
					p += n
				} else {
					u.path = ""
					u.opaque = true
					st = opaquePathState
				}
			} else if override == noState {
				buf = buf[:0]
				st = noSchemeState
				p = -1
			} else {
				return false
			}
		case noSchemeState:
			if base == nil || base.opaque && c != '#' {
				return false
			} else if base.opaque && c == '#' {
				u.scheme = base.scheme
				u.path, u.opaque = base.path, true
				u.query, u.hasQuery = base.query, base.hasQuery
				u.fragment, u.hasFrag = "", true
				st = fragmentState
			} else if base.scheme != "file" {
				st = relativeState
				back()
			} else {
				st = fileState
				back()
			}
		case specialRelativeOrAuthorityState:
			if c == '/' && strings.HasPrefix(remaining, "/") {
				st = specialAuthorityIgnoreSlashesState
				p += n
			} else {
				st = relativeState
				back()
			}
		case pathOrAuthorityState:
			if c == '/' {
				st = authorityState
			} else {
				st = pathState
				back()
			}
		case relativeState:
			u.scheme = base.scheme
			if c == '/' {
				st = relativeSlashState
			} else if u.special() && c == '\\' {
				st = relativeSlashState
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				u.path = base.path
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = queryState
				} else if c == '#' {
					u.fragment, u.hasFrag = "", true
					st = fragmentState
				} else if c != eof {
					u.query, u.hasQuery = "", false
					u.shortenPath()
					st = pathState
					back()
				}
			}
		case relativeSlashState:
			if u.special() && (c == '/' || c == '\\') {
				st = specialAuthorityIgnoreSlashesState
			} else if c == '/' {
				st = authorityState
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				st = pathState
				back()
			}
		case specialAuthoritySlashesState:
			if c == '/' && strings.HasPrefix(remaining, "/") {
				st = specialAuthorityIgnoreSlashesState
				p += n
			} else {
				st = specialAuthorityIgnoreSlashesState
				back()
			}
		case specialAuthorityIgnoreSlashesState:
			if c != '/' && c != '\\' {
				st = authorityState
				bufStart = p
				back()
			}
		case authorityState:
			if len(buf) == 0 && !atSignSeen {
				bufStart = p
			}
			if c == '@' {
				if atSignSeen {
					buf = append([]byte("%40"), buf...)
				}
				atSignSeen = true
				for _, r := range string(buf) {
					if r == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						u.password = appendEncoded(u.password, r, userinfoSet)
					} else {
						u.username = appendEncoded(u.username, r, userinfoSet)
					}
				}
				buf = buf[:0]
				bufStart = p + n
			} else if c == eof || c == '/' || c == '?' || c == '#' || u.special() && c == '\\' {
				if atSignSeen && len(buf) == 0 {
					return false
				}
				p = bufStart
				buf = buf[:0]
				st = hostState
				back()
			} else {
				buf = utf8.AppendRune(buf, c)
				buf, p = appendRun(buf, input, p, authorityStop)
			}
		case hostState, hostnameState:
			if override != noState && u.scheme == "file" {
				back()
				st = fileHostState
			} else if c == ':' && !insideBrackets {
				if len(buf) == 0 {
					return false
				}
				if override == hostnameState {
					return false
				}
				host, ok := parseHost(string(buf), !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = host, true
				buf = buf[:0]
				st = portState
			} else if c == eof || c == '/' || c == '?' || c == '#' || u.special() && c == '\\' {
				back()
				if u.special() && len(buf) == 0 {
					return false
				} else if override != noState && len(buf) == 0 && (u.username != "" || u.password != "" || u.port >= 0) {
					return false
				}
				host, ok := parseHost(string(buf), !u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = host, true
				buf = buf[:0]
				st = pathStartState
				if override != noState {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf = utf8.AppendRune(buf, c)
				if override == noState {
					buf, p = appendRun(buf, input, p, hostStop)
				}
			}
		case portState:
			if isASCIIDigit(c) {
				buf = append(buf, byte(c))
			} else if c == eof || c == '/' || c == '?' || c == '#' || u.special() && c == '\\' || override != noState {
				if len(buf) != 0 {
					port := 0
					for _, d := range buf {
						port = port*10 + int(d-'0')
						if port > 65535 {
							return false
						}
					}
					if def, _ := specialPort(u.scheme); def == port {
						u.port = -1
					} else {
						u.port = port
					}
					buf = buf[:0]
					if override != noState {
						return true
					}
				}
				if override != noState {
					return false
				}
				st = pathStartState
				back()
			} else {
				return false
			}
		case fileState:
			u.scheme = "file"
			u.host, u.hasHost = "", true
			if c == '/' || c == '\\' {
				st = fileSlashState
			} else if base != nil && base.scheme == "file" {
				u.host, u.hasHost = base.host, base.hasHost
				u.path = base.path
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = queryState
				} else if c == '#' {
					u.fragment, u.hasFrag = "", true
					st = fragmentState
				} else if c != eof {
					u.query, u.hasQuery = "", false
					if !startsWithWindowsDriveLetter(input[p:]) {
						u.shortenPath()
					} else {
						u.path = ""
					}
					st = pathState
					back()
				}
			} else {
				st = pathState
				back()
			}
		case fileSlashState:
			if c == '/' || c == '\\' {
				st = fileHostState
			} else {
				if base != nil && base.scheme == "file" {
					u.host, u.hasHost = base.host, base.hasHost
					if first, ok := base.pathFirst(); !startsWithWindowsDriveLetter(input[max(p, 0):]) && ok && isNormalizedWindowsDriveLetter(first) {
						u.path = "/" + first
					}
				}
				st = pathState
				back()
			}
		case fileHostState:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				back()
				if override == noState && isWindowsDriveLetter(string(buf)) {
					st = pathState
				} else if len(buf) == 0 {
					u.host, u.hasHost = "", true
					if override != noState {
						return true
					}
					st = pathStartState
				} else {
					host, ok := parseHost(string(buf), !u.special())
					if !ok {
						return false
					}
					if host == "localhost" {
						host = ""
					}
					u.host, u.hasHost = host, true
					if override != noState {
						return true
					}
					buf = buf[:0]
					st = pathStartState
				}
			} else {
				buf = utf8.AppendRune(buf, c)
			}
		case pathStartState:
			if u.special() {
				st = pathState
				if c != '/' && c != '\\' {
					back()
				}
			} else if override == noState && c == '?' {
				u.query, u.hasQuery = "", true
				st = queryState
			} else if override == noState && c == '#' {
				u.fragment, u.hasFrag = "", true
				st = fragmentState
			} else if c != eof {
				st = pathState
				if c != '/' {
					back()
				}
			} else if override != noState && !u.hasHost {
				u.path += "/"
			}
		case pathState:
			if c == eof || c == '/' || u.special() && c == '\\' || override == noState && (c == '?' || c == '#') {
				seg := string(buf)
				if isDoubleDot(seg) {
					u.shortenPath()
					if c != '/' && !(u.special() && c == '\\') {
						u.path += "/"
					}
				} else if isSingleDot(seg) && c != '/' && !(u.special() && c == '\\') {
					u.path += "/"
				} else if !isSingleDot(seg) {
					if u.scheme == "file" && u.path == "" && isWindowsDriveLetter(seg) {
						seg = seg[:1] + ":"
					}
					u.path += "/" + seg
				}
				buf = buf[:0]
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = queryState
				}
				if c == '#' {
					u.fragment, u.hasFrag = "", true
					st = fragmentState
				}
			} else {
				buf = appendEncodedBytes(buf, c, pathSet)
				buf, p = appendRun(buf, input, p, pathStop)
			}
		case opaquePathState:
			if c == '?' {
				u.query, u.hasQuery = "", true
				st = queryState
			} else if c == '#' {
				u.fragment, u.hasFrag = "", true
				st = fragmentState
			} else if c == ' ' {
				if strings.HasPrefix(remaining, "?") || strings.HasPrefix(remaining, "#") {
					buf = append(buf, "%20"...)
				} else {
					buf = append(buf, ' ')
				}
			} else if c != eof {
				buf = appendEncodedBytes(buf, c, c0ControlSet)
			}
			if st != opaquePathState || c == eof {
				u.path += string(buf)
				buf = buf[:0]
			}
		case queryState:
			if override == noState && c == '#' || c == eof {
				set := querySet
				if u.special() {
					set = specialQuerySet
				}
				u.query += percentEncodeString(string(buf), set)
				buf = buf[:0]
				if c == '#' {
					u.fragment, u.hasFrag = "", true
					st = fragmentState
				}
			} else if c != eof {
				buf = utf8.AppendRune(buf, c)
				buf, p = appendRun(buf, input, p, queryStop)
			}
		case fragmentState:
			if c != eof {
				buf = appendEncodedBytes(buf, c, fragmentSet)
				buf, p = appendRun(buf, input, p, fragmentStop())
			} else {
				u.fragment += string(buf)
				buf = buf[:0]
			}
		}
		if p >= len(input) {
			break
		}
		if p < 0 {
			p = 0
			continue
		}
		if b := input[p]; b < utf8.RuneSelf {
			p++
		} else {
			_, m := utf8.DecodeRuneInString(input[p:])
			p += m
		}
	}
	return true
}
