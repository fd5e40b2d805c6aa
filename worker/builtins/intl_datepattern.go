package builtins

import (
	_ "embed"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Intl.DateTimeFormat's component options (weekday, era, year, month, day,
// hour, minute, second, fractionalSecondDigits, timeZoneName, hour12,
// hourCycle) beyond the few sets intl_date.go's styles cover. ICU turns the
// options into a skeleton and picks the locale's best pattern for it;
// data/datepatterns.json holds, per locale, the pattern V8 resolves for
// every set of date fields, every set of time fields (alone and with a
// time zone name) and how a date joins a time, recorded from workerd by
// data/record_datepatterns.js. Names (months, weekdays, eras, day periods)
// are the recorded lists; time zone names are the recorded ones where a
// zone has a name, else the locale's offset format.

//go:embed data/timezones.json
var timeZonesJSON []byte

// timeZoneNames maps a lower-cased zone name of Go's database to the name
// itself and to the one V8 resolves it to ("" where V8 refuses it), from
// data/timezones.json (recorded by data/record_timezones.js).
var timeZoneNamesLazy = lazyValue[map[string][2]string]{f: func() map[string][2]string {
	var m map[string]*string
	if err := json.Unmarshal(timeZonesJSON, &m); err != nil {
		panic(err) // the embedded file is ours
	}
	out := make(map[string][2]string, len(m))
	for k, v := range m {
		c := ""
		if v != nil {
			c = *v
		}
		out[strings.ToLower(k)] = [2]string{k, c}
	}
	return out
}}

func timeZoneNames() map[string][2]string { return timeZoneNamesLazy.get() }

//go:embed data/datepatterns.json
var datePatternsJSON []byte

// datePatternData is one locale's part of data/datepatterns.json.
type datePatternData struct {
	Names   [][]string       `json:"names"` // width, then the values
	Pats    []string         `json:"pats"`
	D       []int            `json:"d"`
	T       []int            `json:"t"`
	TZ      map[string][]int `json:"tz"` // per timeZoneName
	Glue    []int            `json:"glue"`
	GlueOne []int            `json:"glueOne"` // weekday n s l alone, per time key
	// the same with a time zone name
	GlueOneTZ []int `json:"glueOneTZ"`
	// per dateStyle and timeStyle ("", full, long, medium, short each)
	// and hour cycle (with a timeStyle)
	Styles []int `json:"styles"`
	// the dayPeriod option per width (narrow, short, long): alone, then
	// per time key
	DayPeriods []int             `json:"dayPeriods"`
	ZN         []string          `json:"zn"`
	Zones      map[string][4]int `json:"zones"` // short Jan, short Jul, long Jan, long Jul
	Offsets    map[string]string `json:"offsets"`
}

var datePatternFilesLazy = lazyValue[map[string]json.RawMessage]{f: func() map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(datePatternsJSON, &m); err != nil {
		panic(err) // the embedded file is ours
	}
	return m
}}

func datePatternFiles() map[string]json.RawMessage { return datePatternFilesLazy.get() }

var datePatternLocales sync.Map // tag -> *datePatternData

func datePatternsFor(tag string) *datePatternData {
	if v, ok := datePatternLocales.Load(tag); ok {
		return v.(*datePatternData)
	}
	raw, ok := datePatternFiles()[tag]
	if !ok {
		return nil
	}
	var d datePatternData
	if err := json.Unmarshal(raw, &d); err != nil {
		panic(err)
	}
	v, _ := datePatternLocales.LoadOrStore(tag, &d)
	return v.(*datePatternData)
}

// The keys of the recorded tables, in the recorder's loop order: a date key
// is one letter each for weekday, era, year, month, day; a time key the
// hour cycle (d default, T hour12 true, F false, 1-4 h11 h12 h23 h24), hour,
// minute, second and fractionalSecondDigits.
var datePatternKeysLazy = lazyValue[[2]map[string]int]{f: func() [2]map[string]int {
	d, t := map[string]int{}, map[string]int{}
	for _, w := range "-nsl" {
		for _, e := range "-nsl" {
			for _, y := range "-2n" {
				for _, m := range "-n2Nsl" {
					for _, dd := range "-n2" {
						k := string([]rune{w, e, y, m, dd})
						if k != "-----" {
							d[k] = len(d)
						}
					}
				}
			}
		}
	}
	for _, hc := range "dTF1234" {
		for _, h := range "-n2" {
			for _, mi := range "-n2" {
				for _, s := range "-n2" {
					for _, fs := range "0123" {
						if h == '-' && hc != 'd' || h == '-' && mi == '-' && s == '-' && fs == '0' {
							continue
						}
						t[string([]rune{hc, h, mi, s, fs})] = len(t)
					}
				}
			}
		}
	}
	return [2]map[string]int{d, t}
}}

func datePatternKeys() [2]map[string]int { return datePatternKeysLazy.get() }

// dateToken is one piece of a recorded pattern: a literal, or a field with
// its letters (or the index of its list of names).
type dateToken struct {
	field string // "" for a literal
	text  string // the literal, or the letters
	names int    // index into Names for month#N weekday#N era#N dayPeriod#N, else -1
}

func parseDatePattern(p string) []dateToken {
	var out []dateToken
	for p != "" {
		i := strings.IndexByte(p, '{')
		if i != 0 {
			if i < 0 {
				i = len(p)
			}
			out = append(out, dateToken{text: p[:i], names: -1})
			p = p[i:]
			continue
		}
		j := strings.IndexByte(p, '}')
		tok := p[1:j]
		p = p[j+1:]
		if name, n, ok := strings.Cut(tok, "#"); ok {
			k, _ := strconv.Atoi(n)
			out = append(out, dateToken{field: name, names: k})
			continue
		}
		f := map[byte]string{'y': "year", 'M': "month", 'd': "day", 'h': "hour", 'H': "hour", 'K': "hour", 'k': "hour",
			'm': "minute", 's': "second", 'S': "fractionalSecond", 'z': "timeZoneName"}[tok[0]]
		out = append(out, dateToken{field: f, text: tok, names: -1})
	}
	return out
}

// skeletonFormat is a DateTimeFormat made from component options.
type skeletonFormat struct {
	data   *datePatternData
	tokens []dateToken
	tzName string // the timeZoneName option, "" for none
	styled bool   // made from dateStyle or timeStyle: resolvedOptions lists no fields
}

// skeletonPattern finds the pattern for a date key and a time key (either
// may be ""); tz is the timeZoneName option. ok is false where the
// recorded tables do not say.
func skeletonPattern(d *datePatternData, dateKey, timeKey, tz string) (string, bool) {
	keys := datePatternKeys()
	var timePat string
	if timeKey != "" {
		i, ok := keys[1][timeKey]
		if !ok {
			return "", false
		}
		if tz != "" {
			timePat = d.Pats[d.TZ[tz][i]]
		} else {
			timePat = d.Pats[d.T[i]]
		}
	} else if tz != "" {
		timePat = "{z}"
	}
	if dateKey == "" {
		return timePat, timePat != ""
	}
	i, ok := keys[0][dateKey]
	if !ok {
		return "", false
	}
	datePat := d.Pats[d.D[i]]
	if timePat == "" {
		return datePat, true
	}
	glue := d.Pats[d.Glue[i]]
	if w := strings.IndexByte("nsl", dateKey[0]); w >= 0 && dateKey[1:] == "----" {
		if timeKey == "" {
			return "", false
		}
		one := d.GlueOne
		if tz != "" {
			one = d.GlueOneTZ
		}
		glue = d.Pats[one[w*len(keys[1])+keys[1][timeKey]]]
		if strings.HasPrefix(glue, "!") && (tz == "" || tz == "short") {
			return glue[1:], true
		}
	}
	if strings.HasPrefix(glue, "!") {
		// not a join of the two: recorded for hour and minute only
		if timeKey == "dnn-0" && tz == "" {
			return glue[1:], true
		}
		return "", false
	}
	return strings.Replace(strings.Replace(glue, "{0}", timePat, 1), "{1}", datePat, 1), true
}

// format renders t, already in the format's zone.
func (sf *skeletonFormat) format(t time.Time, zoneName string) []part {
	var out []part
	two := func(n int) string {
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	for _, tk := range sf.tokens {
		if tk.field == "" {
			out = append(out, part{"literal", tk.text})
			continue
		}
		var v string
		if tk.names >= 0 {
			names := sf.data.Names[tk.names][1:]
			switch tk.field {
			case "month":
				v = names[int(t.Month())-1]
			case "weekday":
				v = names[int(t.Weekday())]
			case "era":
				v = names[0]
				if t.Year() <= 0 && len(names) > 1 {
					v = names[1]
				}
			case "dayPeriod":
				v = names[t.Hour()]
				if t.Hour() == 12 && t.Minute() == 0 && t.Second() == 0 && len(names) > 24 {
					v = names[24]
				}
			}
			out = append(out, part{tk.field, v})
			continue
		}
		h := t.Hour()
		switch tk.text {
		case "y":
			y := t.Year()
			if y <= 0 {
				y = 1 - y
			}
			v = strconv.Itoa(y)
		case "yy":
			y := t.Year()
			if y <= 0 {
				y = 1 - y
			}
			v = two(y % 100)
		case "M":
			v = strconv.Itoa(int(t.Month()))
		case "MM":
			v = two(int(t.Month()))
		case "d":
			v = strconv.Itoa(t.Day())
		case "dd":
			v = two(t.Day())
		case "h", "hh":
			h %= 12
			if h == 0 {
				h = 12
			}
		case "K", "KK":
			h %= 12
		case "k", "kk":
			if h == 0 {
				h = 24
			}
		case "m":
			v = strconv.Itoa(t.Minute())
		case "mm":
			v = two(t.Minute())
		case "s":
			v = strconv.Itoa(t.Second())
		case "ss":
			v = two(t.Second())
		case "S1", "S2", "S3":
			ms := t.Nanosecond() / 1e6
			v = (strconv.Itoa(1000 + ms))[1 : 1+int(tk.text[1]-'0')]
		case "z":
			v = sf.zoneName(t, zoneName)
		}
		if tk.field == "hour" {
			if len(tk.text) == 2 {
				v = two(h)
			} else {
				v = strconv.Itoa(h)
			}
		}
		out = append(out, part{tk.field, v})
	}
	return out
}

// zoneName is the time zone name of t in the format's style.
func (sf *skeletonFormat) zoneName(t time.Time, zone string) string {
	d := sf.data
	if zone == "+00:00" {
		zone = "Africa/Abidjan" // V8 names the zero offset as Greenwich Mean Time
	}
	if row, ok := d.Zones[zone]; ok && (sf.tzName == "short" || sf.tzName == "long") {
		i := 0
		if sf.tzName == "long" {
			i = 2
		}
		// the names were recorded in January and July 2024: the daylight
		// name is whichever of the two was in daylight time
		jul := time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC).In(t.Location()).IsDST()
		jan := time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC).In(t.Location()).IsDST()
		if t.IsDST() && !jan && jul || !t.IsDST() && jan {
			i++ // July's name
		}
		return d.ZN[row[i]]
	}
	_, off := t.Zone()
	// the locale's offset format, from the recorded sample for -5 hours
	prefix, minus := "GMT", "-"
	if s := strings.TrimSuffix(d.Offsets["America/New_York shortOffset"], "5"); s != "" {
		r := []rune(s)
		prefix, minus = string(r[:len(r)-1]), string(r[len(r)-1])
	}
	sign := "+"
	if off < 0 {
		sign, off = minus, -off
	}
	hh, mm := off/3600, off/60%60
	if sf.tzName == "longOffset" || sf.tzName == "longGeneric" || sf.tzName == "long" {
		return prefix + sign + twoDigits(hh) + ":" + twoDigits(mm)
	}
	s := prefix + sign + strconv.Itoa(hh)
	if mm != 0 {
		s += ":" + twoDigits(mm)
	}
	return s
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// resolved lists resolvedOptions' fields, in V8's order. V8 reads them
// back from the pattern by looking for each field's letters anywhere in it,
// literal text included (es "MMMM 'de' y" reports a day), and counts every
// S for fractionalSecondDigits; the pattern is rebuilt here from the tokens.
func (sf *skeletonFormat) resolved() [][2]string {
	var pat strings.Builder
	var hourLetter byte
	for _, tk := range sf.tokens {
		switch {
		case tk.field == "":
			pat.WriteString(tk.text)
		case tk.names >= 0:
			w := sf.data.Names[tk.names][0]
			n := map[string]int{"narrow": 5, "short": 3, "long": 4}[w]
			l := map[string]string{"month": "M", "weekday": "E", "era": "G", "dayPeriod": "a"}[tk.field]
			if tk.field == "era" && w == "short" {
				n = 1
			}
			if tk.field == "dayPeriod" {
				// AM/PM (a), or a flexible day period (B) of the width
				l, n = "B", map[string]int{"narrow": 5, "short": 1, "long": 4}[w]
				if w == "" {
					l, n = "a", 1
				}
			}
			pat.WriteString(strings.Repeat(l, n))
		case tk.field == "fractionalSecond":
			pat.WriteString(strings.Repeat("S", int(tk.text[1]-'0')))
		case tk.field == "timeZoneName":
			pat.WriteString(map[string]string{"short": "z", "long": "zzzz", "shortOffset": "O", "longOffset": "OOOO",
				"shortGeneric": "v", "longGeneric": "vvvv"}[sf.tzName])
		default:
			if tk.field == "hour" && hourLetter == 0 {
				hourLetter = tk.text[0]
			}
			pat.WriteString(tk.text)
		}
	}
	p := pat.String()
	var out [][2]string
	if hourLetter != 0 {
		hc := map[byte]string{'h': "h12", 'H': "h23", 'K': "h11", 'k': "h24"}[hourLetter]
		out = append(out, [2]string{"hourCycle", hc}, [2]string{"hour12", strconv.FormatBool(hc == "h12" || hc == "h11")})
	}
	if sf.styled {
		return out
	}
	for _, f := range resolvedPatternItems {
		for _, it := range f.items {
			if strings.Contains(p, it[0]) {
				out = append(out, [2]string{f.name, it[1]})
				break
			}
		}
		if f.name == "second" {
			if n := strings.Count(p, "S"); n > 0 {
				out = append(out, [2]string{"fractionalSecondDigits", strconv.Itoa(n)})
			}
		}
	}
	return out
}

// resolvedPatternItems are, per field in V8's order, the letters that show
// it and the value resolvedOptions gives them, tried in this order.
var resolvedPatternItems = []struct {
	name  string
	items [][2]string
}{
	{"weekday", [][2]string{{"EEEEE", "narrow"}, {"EEEE", "long"}, {"EEE", "short"}, {"ccccc", "narrow"}, {"cccc", "long"}, {"ccc", "short"}}},
	{"era", [][2]string{{"GGGGG", "narrow"}, {"GGGG", "long"}, {"GGG", "short"}, {"GG", "short"}, {"G", "short"}}},
	{"year", [][2]string{{"yy", "2-digit"}, {"y", "numeric"}}},
	{"month", [][2]string{{"MMMMM", "narrow"}, {"MMMM", "long"}, {"MMM", "short"}, {"MM", "2-digit"}, {"M", "numeric"},
		{"LLLLL", "narrow"}, {"LLLL", "long"}, {"LLL", "short"}, {"LL", "2-digit"}, {"L", "numeric"}}},
	{"day", [][2]string{{"dd", "2-digit"}, {"d", "numeric"}}},
	{"dayPeriod", [][2]string{{"BBBBB", "narrow"}, {"BBBB", "long"}, {"B", "short"}}},
	{"hour", [][2]string{{"HH", "2-digit"}, {"H", "numeric"}, {"hh", "2-digit"}, {"h", "numeric"}, {"kk", "2-digit"}, {"k", "numeric"}, {"KK", "2-digit"}, {"K", "numeric"}}},
	{"minute", [][2]string{{"mm", "2-digit"}, {"m", "numeric"}}},
	{"second", [][2]string{{"ss", "2-digit"}, {"s", "numeric"}}},
	{"timeZoneName", [][2]string{{"zzzz", "long"}, {"z", "short"}, {"OOOO", "longOffset"}, {"O", "shortOffset"}, {"vvvv", "longGeneric"}, {"v", "shortGeneric"}}},
}

// canonicalComponents tells whether intl_date.go's styles cover comp: the
// sets data/daterange.json was recorded for.
func canonicalComponents(comp map[string]string, h12, hourCycle string) bool {
	if h12 == "true" || hourCycle != "" {
		return false
	}
	date, clock := "", ""
	for _, k := range []string{"weekday", "year", "month", "day"} {
		if v, ok := comp[k]; ok {
			date += k + "=" + v + ","
		}
	}
	for _, k := range []string{"hour", "minute", "second"} {
		if v, ok := comp[k]; ok {
			clock += k + "=" + v + ","
		}
	}
	for _, k := range []string{"era", "dayPeriod", "fractionalSecondDigits", "timeZoneName"} {
		if _, ok := comp[k]; ok {
			return false
		}
	}
	switch date {
	case "", "year=numeric,month=numeric,day=numeric,", "year=numeric,month=short,day=numeric,",
		"year=numeric,month=long,day=numeric,", "weekday=long,year=numeric,month=long,day=numeric,":
	default:
		return false
	}
	switch clock {
	case "", "hour=numeric,minute=2-digit,", "hour=numeric,minute=2-digit,second=2-digit,":
		return true
	}
	return false
}

// skeletonFormat makes df format comp through the recorded patterns, or
// throws a RangeError that says mcrepl does not have them.
func (b *installer) skeletonFormat(df *dateTimeFormat, comp map[string]string, h12, hourCycle string) {
	d := datePatternsFor(df.dataTag)
	unsupported := func() {
		b.rangeError("mcrepl: this combination of Intl.DateTimeFormat options is not implemented")
	}
	if d == nil {
		unsupported()
	}

	letter := func(k string, m map[string]byte) byte {
		if v, ok := comp[k]; ok {
			return m[v]
		}
		return '-'
	}
	width := map[string]byte{"narrow": 'n', "short": 's', "long": 'l'}
	digits := map[string]byte{"numeric": 'n', "2-digit": '2'}
	dateKey := string([]byte{letter("weekday", width), letter("era", width), letter("year", digits),
		letter("month", map[string]byte{"numeric": 'n', "2-digit": '2', "narrow": 'N', "short": 's', "long": 'l'}), letter("day", digits)})
	if dateKey == "-----" {
		dateKey = ""
	}
	hc := byte('d')
	if _, ok := comp["hour"]; ok {
		switch {
		case h12 == "true":
			hc = 'T'
		case h12 == "false":
			hc = 'F'
		case hourCycle != "":
			hc = map[string]byte{"h11": '1', "h12": '2', "h23": '3', "h24": '4'}[hourCycle]
		}
	}
	fs := byte('0')
	if v, ok := comp["fractionalSecondDigits"]; ok {
		fs = v[0]
	}
	timeKey := string([]byte{hc, letter("hour", digits), letter("minute", digits), letter("second", digits), fs})
	if timeKey[1:] == "---0" {
		timeKey = ""
	}
	tz := comp["timeZoneName"]
	switch tz {
	case "shortGeneric", "longGeneric":
		if _, named := d.Zones[df.zoneName]; named && df.zoneName != "UTC" {
			b.rangeError("mcrepl: Intl.DateTimeFormat's timeZoneName '" + tz + "' is not implemented")
		}
	}
	var pat string
	var ok bool
	if dp, has := comp["dayPeriod"]; has {
		pat, ok = dayPeriodPattern(d, dp, dateKey, timeKey, tz)
	} else {
		pat, ok = skeletonPattern(d, dateKey, timeKey, tz)
	}
	if !ok {
		unsupported()
	}
	df.sk = &skeletonFormat{data: d, tokens: parseDatePattern(pat), tzName: tz}
	for _, tk := range df.sk.tokens {
		if tk.field == "hour" {
			df.hour12 = tk.text[0] == 'h' || tk.text[0] == 'K'
		}
	}
}

// styleFormat makes df format its dateStyle and timeStyle through the
// recorded patterns (timeStyle long names the zone short, full long).
func (b *installer) styleFormat(df *dateTimeFormat, h12, hourCycle string) {
	d := datePatternsFor(df.dataTag)
	if d == nil || len(d.Styles) == 0 {
		return
	}
	styles := []string{"", "full", "long", "medium", "short"}
	i := 0
	for _, ds := range styles {
		for _, ts := range styles {
			for _, hc := range "dTF1234" {
				if ds == "" && ts == "" || ts == "" && hc != 'd' {
					continue
				}
				want := byte('d')
				if df.timeStyl != "" {
					switch {
					case h12 == "true":
						want = 'T'
					case h12 == "false":
						want = 'F'
					case hourCycle != "":
						want = map[string]byte{"h11": '1', "h12": '2', "h23": '3', "h24": '4'}[hourCycle]
					}
				}
				if ds == df.dateStyle && ts == df.timeStyl && byte(hc) == want {
					tz := map[string]string{"long": "short", "full": "long"}[ts]
					df.sk = &skeletonFormat{data: d, tokens: parseDatePattern(d.Pats[d.Styles[i]]), tzName: tz, styled: true}
					return
				}
				i++
			}
		}
	}
}

// dayPeriodPattern is the pattern for the dayPeriod option of width w with
// the time fields of timeKey (none: the day period alone), joined to a date
// as any time is; no time zone name is recorded with it.
func dayPeriodPattern(d *datePatternData, w, dateKey, timeKey, tz string) (string, bool) {
	keys := datePatternKeys()
	n := len(keys[1]) + 1
	k := map[string]int{"narrow": 0, "short": 1, "long": 2}[w]
	if tz != "" || len(d.DayPeriods) != 3*n {
		return "", false
	}
	i := 0
	if timeKey != "" {
		j, ok := keys[1][timeKey]
		if !ok {
			return "", false
		}
		i = j + 1
	}
	timePat := d.Pats[d.DayPeriods[k*n+i]]
	if dateKey == "" {
		return timePat, true
	}
	j, ok := keys[0][dateKey]
	if !ok {
		return "", false
	}
	glue := d.Pats[d.Glue[j]]
	if strings.HasPrefix(glue, "!") || dateKey[1:] == "----" {
		return "", false
	}
	return strings.Replace(strings.Replace(glue, "{0}", timePat, 1), "{1}", d.Pats[d.D[j]], 1), true
}
