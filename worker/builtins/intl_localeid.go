package builtins

import (
	"sort"
	"strings"

	"golang.org/x/text/language"
)

// Unicode locale identifiers (UTS #35, section 3): parsing, canonical form
// and likely subtags, for Intl.Locale, Intl.DisplayNames and
// Intl.getCanonicalLocales. The aliases (deprecated languages and regions,
// iw → he, sh → sr-Latn, en-UK → en-GB, posix → u-va-posix) and the likely
// subtags are golang.org/x/text/language's (CLDR 32); where V8's ICU has
// newer data the few aliases in langFixes correct it, and maximize() of
// a language x/text has no likely subtags for leaves it as it is.

// localeID is a parsed unicode_locale_id, every subtag in canonical case.
type localeID struct {
	lang, script, region string
	variants             []string
	attrs                []string // the -u- extension's attributes
	keys                 []ukey   // its keywords, sorted by key, first of a key wins
	others               []string // the other extensions, "t-..." and "a-...", whole
	private              string   // "x-...", or ""
}

// ukey is one -u- keyword; value "" stands for "true".
type ukey struct{ key, value string }

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z') {
			return false
		}
	}
	return s != ""
}

// isLanguageSubtag is unicode_language_subtag: alpha{2,3} | alpha{5,8}.
func isLanguageSubtag(s string) bool {
	return isAlpha(s) && (len(s) == 2 || len(s) == 3 || len(s) >= 5 && len(s) <= 8)
}

func isScriptSubtag(s string) bool { return len(s) == 4 && isAlpha(s) }

func isRegionSubtag(s string) bool {
	return len(s) == 2 && isAlpha(s) || len(s) == 3 && isDigits(s)
}

func isVariantSubtag(s string) bool {
	return isAlnum(s) && (len(s) >= 5 && len(s) <= 8 || len(s) == 4 && s[0] >= '0' && s[0] <= '9')
}

// isType is a -u- keyword's type: (3-8 alphanum) joined by "-".
func isType(s string) bool {
	for _, p := range strings.Split(s, "-") {
		if len(p) < 3 || len(p) > 8 || !isAlnum(p) {
			return false
		}
	}
	return true
}

func titleCase(s string) string { return strings.ToUpper(s[:1]) + strings.ToLower(s[1:]) }

// parseLocaleID parses s as a unicode_locale_id ("-" separated, any case).
func parseLocaleID(s string) (*localeID, bool) {
	tags := strings.Split(strings.ToLower(s), "-")
	for _, t := range tags {
		if t == "" || len(t) > 8 || !isAlnum(t) {
			return nil, false
		}
	}
	id := &localeID{}
	i := 0
	if !isLanguageSubtag(tags[0]) {
		return nil, false
	}
	id.lang = tags[0]
	i++
	if i < len(tags) && isScriptSubtag(tags[i]) {
		id.script = titleCase(tags[i])
		i++
	}
	if i < len(tags) && isRegionSubtag(tags[i]) {
		id.region = strings.ToUpper(tags[i])
		i++
	}
	for ; i < len(tags) && isVariantSubtag(tags[i]); i++ {
		for _, v := range id.variants {
			if v == tags[i] {
				return nil, false
			}
		}
		id.variants = append(id.variants, tags[i])
	}
	seen := map[string]bool{}
	for i < len(tags) {
		single := tags[i]
		if len(single) != 1 || seen[single] {
			return nil, false
		}
		seen[single] = true
		i++
		start := i
		if single == "x" {
			if i == len(tags) {
				return nil, false
			}
			id.private = "x-" + strings.Join(tags[i:], "-")
			break
		}
		for i < len(tags) && len(tags[i]) > 1 {
			i++
		}
		sub := tags[start:i]
		if len(sub) == 0 {
			return nil, false
		}
		switch single {
		case "u":
			if !id.parseU(sub) {
				return nil, false
			}
		case "t":
			if !validT(sub) {
				return nil, false
			}
			id.others = append(id.others, "t-"+strings.Join(sub, "-"))
		default:
			id.others = append(id.others, single+"-"+strings.Join(sub, "-"))
		}
	}
	sort.Strings(id.variants)
	sort.Strings(id.others)
	return id, true
}

// parseU reads the subtags of a -u- extension: attributes, then keywords.
func (id *localeID) parseU(sub []string) bool {
	j := 0
	for ; j < len(sub) && len(sub[j]) != 2; j++ {
		id.attrs = append(id.attrs, sub[j])
	}
	sort.Strings(id.attrs)
	for j < len(sub) {
		k := sub[j]
		if len(k) != 2 || !isAlpha(k[1:]) {
			return false
		}
		j++
		start := j
		for j < len(sub) && len(sub[j]) != 2 {
			j++
		}
		if id.keyword(k) == nil {
			id.keys = append(id.keys, ukey{k, strings.Join(sub[start:j], "-")})
		}
	}
	return true
}

// validT checks a -t- extension: an optional language then fields whose
// keys are a letter and a digit.
func validT(sub []string) bool {
	j := 0
	if isLanguageSubtag(sub[0]) {
		j = 1
		if j < len(sub) && isScriptSubtag(sub[j]) {
			j++
		}
		if j < len(sub) && isRegionSubtag(sub[j]) {
			j++
		}
		seen := map[string]bool{}
		for ; j < len(sub) && isVariantSubtag(sub[j]); j++ {
			if seen[sub[j]] {
				return false
			}
			seen[sub[j]] = true
		}
	}
	for j < len(sub) {
		k := sub[j]
		if len(k) != 2 || !isAlpha(k[:1]) || !isDigits(k[1:]) {
			return false
		}
		j++
		n := 0
		for ; j < len(sub) && len(sub[j]) >= 3; j++ {
			n++
		}
		if n == 0 {
			return false
		}
	}
	return true
}

// keyword returns the -u- keyword k, nil when absent.
func (id *localeID) keyword(k string) *ukey {
	for i := range id.keys {
		if id.keys[i].key == k {
			return &id.keys[i]
		}
	}
	return nil
}

// setKeyword sets (or adds) the -u- keyword k.
func (id *localeID) setKeyword(k, v string) {
	if kw := id.keyword(k); kw != nil {
		kw.value = v
		return
	}
	id.keys = append(id.keys, ukey{k, v})
}

// langFixes are aliases where ICU's data (newer than x/text's) differs,
// by the language x/text gives; icuFixes are those only Intl.Locale (ICU)
// applies, not Intl.getCanonicalLocales (V8's own table).
// (Switches, not maps built at every start.)
func langFixes(lang string) (string, bool) {
	switch lang {
	case "cmn":
		return "zh", true
	case "swc":
		return "sw-CD", true
	}
	return "", false
}

func icuFixes(lang string) (string, bool) {
	switch lang {
	case "tw":
		return "ak", true
	case "bh":
		return "bho", true
	}
	return "", false
}

// typeAliases are the -u- keyword values CLDR renames, by key.
var typeAliasesLazy = lazyValue[map[string]map[string]string]{f: func() map[string]map[string]string {
	return map[string]map[string]string{
		"ca": {"islamicc": "islamic-civil", "ethiopic-amete-alem": "ethioaa"},
		"ks": {"primary": "level1", "secondary": "level2", "tertiary": "level3", "quaternary": "level4", "quarternary": "level4"},
		"ms": {"imperial": "uksystem"},
		"co": {"dictionary": "dict", "phonebook": "phonebk", "traditional": "trad", "gb2312han": "gb2312"},
	}
}}

func typeAliases() map[string]map[string]string { return typeAliasesLazy.get() }

// canonicalize applies the aliases and puts the keywords in order; icu
// adds the aliases of icuFixes.
func (id *localeID) canonicalize(icu bool) {
	if id.lang == "mo" {
		id.lang = "ro"
	}
	base := id.baseName()
	if t, err := language.Parse(base); err == nil && t.String() != base {
		if n, ok := parseLocaleID(t.String()); ok {
			id.lang, id.script, id.region, id.variants = n.lang, n.script, n.region, n.variants
			for _, k := range n.keys {
				if id.keyword(k.key) == nil {
					id.keys = append(id.keys, k)
				}
			}
		}
	}
	fix, ok := langFixes(id.lang)
	if f, isICU := icuFixes(id.lang); isICU && icu {
		fix, ok = f, true
	}
	if ok {
		l, r, _ := strings.Cut(fix, "-")
		id.lang = l
		if id.region == "" {
			id.region = r
		}
	}
	if id.region == "SU" {
		id.region = "RU"
	}
	var vs []string
	for _, v := range id.variants {
		switch {
		case id.lang == "hy" && v == "arevela":
		case id.lang == "hy" && v == "arevmda":
			id.lang = "hyw"
		case v == "heploc":
			vs = append(vs, "alalc97")
		case v == "hepburn" && hasString(id.variants, "heploc"):
		default:
			vs = append(vs, v)
		}
	}
	sort.Strings(vs)
	id.variants = vs
	for i := range id.keys {
		k := &id.keys[i]
		if k.value == "true" || k.value == "yes" && strings.HasPrefix(k.key, "k") {
			k.value = ""
		}
		if a, ok := typeAliases()[k.key][k.value]; ok {
			k.value = a
		}
	}
	sort.SliceStable(id.keys, func(i, j int) bool { return id.keys[i].key < id.keys[j].key })
}

func hasString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// baseName is language["-"script]["-"region]("-"variant)*.
func (id *localeID) baseName() string {
	parts := []string{id.lang}
	if id.script != "" {
		parts = append(parts, id.script)
	}
	if id.region != "" {
		parts = append(parts, id.region)
	}
	return strings.Join(append(parts, id.variants...), "-")
}

// String is the identifier: base name, extensions by singleton, private use.
func (id *localeID) String() string {
	var exts []string
	exts = append(exts, id.others...)
	if len(id.attrs) > 0 || len(id.keys) > 0 {
		u := append([]string{"u"}, id.attrs...)
		for _, k := range id.keys {
			u = append(u, k.key)
			if k.value != "" {
				u = append(u, k.value)
			}
		}
		exts = append(exts, strings.Join(u, "-"))
	}
	sort.Strings(exts)
	s := id.baseName()
	for _, e := range exts {
		s += "-" + e
	}
	if id.private != "" {
		s += "-" + id.private
	}
	return s
}

// likely is the "add likely subtags" of lang, script and region (any may
// be empty or "und"), from x/text's CLDR data; what it does not know
// stays as given.
func likely(lang, script, region string) (string, string, string) {
	tag := lang
	if script != "" {
		tag += "-" + script
	}
	if region != "" {
		tag += "-" + region
	}
	t, err := language.Parse(tag)
	if err != nil {
		return lang, script, region
	}
	if b, c := t.Base(); c != language.No {
		lang = b.String()
	}
	if s, c := t.Script(); c != language.No && script == "" {
		script = s.String()
	}
	if r, c := t.Region(); c != language.No && region == "" {
		region = r.String()
	}
	return lang, script, region
}

// maximize is Intl.Locale.prototype.maximize's identifier.
func (id *localeID) maximize() *localeID {
	m := *id
	m.lang, m.script, m.region = likely(id.lang, id.script, id.region)
	return &m
}

// minimize removes the subtags that likely subtags would add back.
func (id *localeID) minimize() *localeID {
	ml, ms, mr := likely(id.lang, id.script, id.region)
	m := *id
	m.lang, m.script, m.region = ml, ms, mr
	for _, try := range [][2]string{{"", ""}, {"", mr}, {ms, ""}} {
		l, s, r := likely(ml, try[0], try[1])
		if l == ml && s == ms && r == mr {
			m.script, m.region = try[0], try[1]
			break
		}
	}
	return &m
}

// canonicalLocale parses and canonicalizes a language tag as
// Intl.getCanonicalLocales does.
func canonicalLocale(t string) (*localeID, bool) {
	id, ok := parseLocaleID(t)
	if !ok {
		return nil, false
	}
	id.canonicalize(false)
	return id, true
}
