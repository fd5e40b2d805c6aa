package builtins

import (
	"math"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Intl.DateTimeFormat's time zones, whatever the machine has

	"github.com/dop251/goja"
)

// Intl.DateTimeFormat: dateStyle and timeStyle short and medium (date
// styles long and full too), every set of component options (through the
// patterns V8 resolves, recorded in data/datepatterns.json:
// intl_datepattern.go), any IANA time zone under V8's name for it (default
// UTC, as in workerd), and Date.prototype.toLocaleString,
// toLocaleDateString and toLocaleTimeString on top. Patterns and names are
// CLDR's as V8 prints them, for the same eight locales as NumberFormat.
// The styles' patterns below also give formatRange its interval patterns
// (data/daterange.json) for the component sets that amount to a style.

// dateLocale holds one locale's patterns (ICU pattern letters: y M MMM MMMM
// d dd EEEE H HH h mm ss a, 'quoted' literals) and names.
type dateLocale struct {
	def, short, medium, long, full string // date patterns
	yMMMd                          string // year, short month, day ("" when it is medium)
	timeShort, timeMedium          string
	joiner                         string // between a date and a time
	joinerMedium                   string // after a medium date, when it differs
	months, monthsShort, weekdays  []string
	am, pm                         string
}

var enMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var enWeekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var dateLocalesLazy = lazyValue[map[string]*dateLocale]{f: func() map[string]*dateLocale {
	return map[string]*dateLocale{
		"en-US": {def: "M/d/y", short: "M/d/yy", medium: "MMM d, y", long: "MMMM d, y", full: "EEEE, MMMM d, y",
			timeShort: "h:mm a", timeMedium: "h:mm:ss a", joiner: ", ", months: enMonths,
			monthsShort: []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
			weekdays:    enWeekdays, am: "AM", pm: "PM"},
		"en-GB": {def: "dd/MM/y", short: "dd/MM/y", medium: "d MMM y", long: "d MMMM y", full: "EEEE, d MMMM y",
			timeShort: "HH:mm", timeMedium: "HH:mm:ss", joiner: ", ", months: enMonths,
			monthsShort: []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"},
			weekdays:    enWeekdays, am: "am", pm: "pm"},
		"de": {def: "d.M.y", short: "dd.MM.yy", medium: "dd.MM.y", long: "d. MMMM y", full: "EEEE, d. MMMM y", yMMMd: "d. MMM y",
			timeShort: "HH:mm", timeMedium: "HH:mm:ss", joiner: ", ",
			months:      []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
			monthsShort: []string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
			weekdays:    []string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}},
		"fr": {def: "dd/MM/y", short: "dd/MM/y", medium: "d MMM y", long: "d MMMM y", full: "EEEE d MMMM y",
			timeShort: "HH:mm", timeMedium: "HH:mm:ss", joiner: " ", joinerMedium: ", ",
			months:      []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
			monthsShort: []string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
			weekdays:    []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}},
		"es": {def: "d/M/y", short: "d/M/yy", medium: "d MMM y", long: "d 'de' MMMM 'de' y", full: "EEEE, d 'de' MMMM 'de' y",
			timeShort: "H:mm", timeMedium: "H:mm:ss", joiner: ", ",
			months:      []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
			monthsShort: []string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
			weekdays:    []string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}},
		"ja": {def: "y/M/d", short: "y/MM/dd", medium: "y/MM/dd", long: "y年M月d日", full: "y年M月d日EEEE", yMMMd: "y年M月d日",
			timeShort: "H:mm", timeMedium: "H:mm:ss", joiner: " ",
			weekdays: []string{"日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"}},
		"zh": {def: "y/M/d", short: "y/M/d", medium: "y年M月d日", long: "y年M月d日", full: "y年M月d日EEEE",
			timeShort: "HH:mm", timeMedium: "HH:mm:ss", joiner: " ",
			weekdays: []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}},
		"tr": {def: "dd.MM.y", short: "d.MM.y", medium: "d MMM y", long: "d MMMM y", full: "d MMMM y EEEE",
			timeShort: "HH:mm", timeMedium: "HH:mm:ss", joiner: " ",
			months:      []string{"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"},
			monthsShort: []string{"Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"},
			weekdays:    []string{"Pazar", "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"}},
	}
}}

func dateLocales() map[string]*dateLocale { return dateLocalesLazy.get() }

type dateTimeFormat struct {
	dl                  *dateLocale
	locale              string
	zone                *time.Location
	zoneName            string
	datePat, timePat    string
	dateStyle, timeStyl string
	components          [][2]string // resolvedOptions' year, month, ... when no style
	hour12              bool
	boundFormat         goja.Value
	// rangeKey names the format in data/daterange.json: date pattern
	// (def, short, medium, long, full), "+", time pattern (short, medium),
	// "24" when hour12: false changed a 12-hour pattern.
	rangeKey string
	dataTag  string // the numLocale tag whose data this uses
	// sk formats component options the styles above do not cover
	// (intl_datepattern.go); nil for those they do
	sk *skeletonFormat
}

// dateDefaults says which components toLocale*String and a bare
// DateTimeFormat fill in.
type dateDefaults int

const (
	defaultDate         dateDefaults = iota // new Intl.DateTimeFormat: any field, else the date
	defaultDateRequired                     // toLocaleDateString: a date field, else the date
	defaultTime                             // toLocaleTimeString: a time field, else the time
	defaultAll                              // toLocaleString: any field, else date and time
)

func (b *installer) newDateTimeFormat(locales, options goja.Value, defaults dateDefaults) *dateTimeFormat {
	req := b.canonicalizeLocaleList(locales)
	opts := b.optionsObject(options)
	const class = "Intl.DateTimeFormat"
	nl, tag := resolveLocale(req)
	df := &dateTimeFormat{dl: dateLocales()[nl.tag], locale: tag, dataTag: nl.tag}
	zone := b.getOption(opts, "timeZone", class, nil, "UTC")
	switch strings.ToUpper(zone) {
	case "UTC", "ETC/UTC", "GMT", "ETC/GMT":
		df.zone, df.zoneName = time.UTC, "UTC"
	default:
		name, canonical := zone, zone
		if e, ok := timeZoneNames()[strings.ToLower(zone)]; ok {
			name, canonical = e[0], e[1]
		}
		if z, id, ok := offsetZone(zone); ok {
			df.zone, df.zoneName = z, id
			break
		}
		z, err := time.LoadLocation(name)
		if err != nil || canonical == "" {
			b.rangeError("Invalid time zone specified: " + zone)
		}
		df.zone, df.zoneName = z, canonical
		if canonical == "UTC" {
			df.zone = time.UTC
		}
	}
	styles := []string{"full", "long", "medium", "short"}
	df.dateStyle = b.getOption(opts, "dateStyle", class, styles, "")
	df.timeStyl = b.getOption(opts, "timeStyle", class, styles, "")
	comp := map[string]string{}
	for _, c := range []struct {
		name    string
		allowed []string
	}{
		{"weekday", []string{"narrow", "short", "long"}},
		{"era", []string{"narrow", "short", "long"}},
		{"year", []string{"2-digit", "numeric"}},
		{"month", []string{"2-digit", "numeric", "narrow", "short", "long"}},
		{"day", []string{"2-digit", "numeric"}},
		{"dayPeriod", []string{"narrow", "short", "long"}},
		{"hour", []string{"2-digit", "numeric"}},
		{"minute", []string{"2-digit", "numeric"}},
		{"second", []string{"2-digit", "numeric"}},
		{"fractionalSecondDigits", nil},
		{"timeZoneName", []string{"short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"}},
	} {
		if c.name == "fractionalSecondDigits" {
			if opts == nil {
				continue
			}
			if v := opts.Get(c.name); v != nil && !goja.IsUndefined(v) {
				f := v.ToFloat()
				if f != f || f < 1 || f > 3 {
					b.rangeError("fractionalSecondDigits value is out of range.")
				}
				comp[c.name] = strconv.Itoa(int(f))
			}
			continue
		}
		if v := b.getOption(opts, c.name, class, c.allowed, ""); v != "" {
			comp[c.name] = v
		}
	}
	h12 := ""
	hourCycle := ""
	if opts != nil {
		if v := opts.Get("hour12"); v != nil && !goja.IsUndefined(v) {
			h12 = strconv.FormatBool(v.ToBoolean())
		}
		hourCycle = b.getOption(opts, "hourCycle", class, []string{"h11", "h12", "h23", "h24"}, "")
	}
	if (df.dateStyle != "" || df.timeStyl != "") && len(comp) > 0 {
		// V8's words, as workerd prints them
		b.typeError("Invalid option : option")
	}
	if df.dateStyle == "" && df.timeStyl == "" {
		has := func(ks ...string) bool {
			for _, k := range ks {
				if _, ok := comp[k]; ok {
					return true
				}
			}
			return false
		}
		dateFields := has("weekday", "year", "month", "day")
		timeFields := has("dayPeriod", "hour", "minute", "second", "fractionalSecondDigits")
		need := false
		switch defaults {
		case defaultDateRequired:
			need = !dateFields
		case defaultTime:
			need = !timeFields
		default:
			need = !dateFields && !timeFields
		}
		if need && defaults != defaultTime {
			comp["year"], comp["month"], comp["day"] = "numeric", "numeric", "numeric"
		}
		if need && (defaults == defaultTime || defaults == defaultAll) {
			comp["hour"], comp["minute"], comp["second"] = "numeric", "numeric", "numeric"
			if h12 == "" && hourCycle != "" {
				// V8 keeps only whether the defaulted hour has 12 hours:
				// the locale's own cycle of that kind (en h11 is h12, ja
				// h12 is h11)
				h12 = strconv.FormatBool(hourCycle == "h11" || hourCycle == "h12")
				hourCycle = ""
			}
		}
		styled := comp
		if need && (defaults == defaultTime || defaults == defaultAll) {
			// the styles' own time, as V8 resolves the defaults
			styled = map[string]string{}
			for k, v := range comp {
				styled[k] = v
			}
			styled["minute"], styled["second"] = "2-digit", "2-digit"
		}
		// the recorded patterns format; the styles below are kept for
		// formatRange, whose interval patterns are recorded for them
		b.skeletonFormat(df, comp, h12, hourCycle)
		if !canonicalComponents(styled, h12, hourCycle) {
			return df
		}
		comp = styled
	}
	dl := df.dl
	unsupported := func() {
		b.rangeError("mcrepl: this combination of Intl.DateTimeFormat options is not implemented (dateStyle, timeStyle, or year/month/day/weekday/hour/minute/second amounting to one of them)")
	}
	datePat := func(style string) string {
		switch style {
		case "short":
			return dl.short
		case "medium":
			return dl.medium
		case "long":
			return dl.long
		case "full":
			return dl.full
		}
		return ""
	}
	var dateKey, timeKey string
	if df.dateStyle != "" || df.timeStyl != "" {
		dateKey, timeKey = df.dateStyle, df.timeStyl
		b.styleFormat(df, h12, hourCycle)
		df.datePat = datePat(df.dateStyle)
		switch df.timeStyl {
		case "short":
			df.timePat = dl.timeShort
		case "medium":
			df.timePat = dl.timeMedium
		case "long", "full":
			// formatted by df.sk; no interval patterns recorded
			return df
		}
		if df.datePat != "" && df.timePat != "" && (df.dateStyle == "long" || df.dateStyle == "full") {
			return df
		}
	} else {
		_, hasDay := comp["day"]
		_, hasYear := comp["year"]
		switch {
		case !hasDay && !hasYear && comp["month"] == "" && comp["weekday"] == "":
		case hasDay && hasYear && comp["weekday"] == "" && (comp["month"] == "numeric" || comp["month"] == "2-digit"):
			df.datePat, dateKey = dl.def, "def"
		case hasDay && hasYear && comp["weekday"] == "" && comp["month"] == "short":
			df.datePat, dateKey = dl.medium, "yMMMd"
			if dl.yMMMd != "" {
				df.datePat = dl.yMMMd
			}
		case hasDay && hasYear && comp["weekday"] == "" && comp["month"] == "long":
			df.datePat, dateKey = dl.long, "long"
		case hasDay && hasYear && comp["weekday"] == "long" && comp["month"] == "long":
			df.datePat, dateKey = dl.full, "full"
		default:
			unsupported()
		}
		_, hasH := comp["hour"]
		_, hasM := comp["minute"]
		_, hasS := comp["second"]
		switch {
		case !hasH && !hasM && !hasS:
		case hasH && hasM && !hasS:
			df.timePat, timeKey = dl.timeShort, "short"
		case hasH && hasM && hasS:
			df.timePat, timeKey = dl.timeMedium, "medium"
		default:
			unsupported()
		}
		for _, k := range []string{"weekday", "year", "month", "day", "hour", "minute", "second"} {
			if v, ok := comp[k]; ok {
				df.components = append(df.components, [2]string{k, v})
			}
		}
	}
	df.hour12 = strings.Contains(df.timePat, "a")
	if h12 == "false" && df.hour12 {
		df.timePat = strings.NewReplacer("h:", "HH:", " a", "").Replace(df.timePat)
		df.hour12 = false
		timeKey += "24"
	}
	df.rangeKey = dateKey + "+" + timeKey
	return df
}

// offsetZone reads an offset time zone (+05:30, -0800, +01): the fixed
// zone and V8's name for it (±HH:MM).
func offsetZone(s string) (*time.Location, string, bool) {
	if len(s) < 3 || s[0] != '+' && s[0] != '-' {
		return nil, "", false
	}
	digits := strings.Replace(s[1:], ":", "", 1)
	if len(digits) != 2 && len(digits) != 4 || len(s) == 6 && s[3] != ':' || len(s) == 5 && strings.Contains(s, ":") {
		return nil, "", false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return nil, "", false
		}
	}
	h, _ := strconv.Atoi(digits[:2])
	m := 0
	if len(digits) == 4 {
		m, _ = strconv.Atoi(digits[2:])
	}
	if h > 23 || m > 59 {
		return nil, "", false
	}
	off := h*3600 + m*60
	if s[0] == '-' {
		off = -off
	}
	sign := s[:1]
	if off == 0 {
		sign = "+"
	}
	id := sign + twoDigits(h) + ":" + twoDigits(m)
	return time.FixedZone(id, off), id, true
}

// formatParts renders t with the format's patterns.
func (df *dateTimeFormat) formatParts(t time.Time) []part {
	t = t.In(df.zone)
	if df.sk != nil {
		return df.sk.format(t, df.zoneName)
	}
	var out []part
	if df.datePat != "" {
		out = df.dl.pattern(df.datePat, t, out)
	}
	if df.timePat != "" {
		if len(out) > 0 {
			j := df.dl.joiner
			if df.dl.joinerMedium != "" && (df.datePat == df.dl.medium || df.datePat == df.dl.yMMMd) {
				j = df.dl.joinerMedium
			}
			out = append(out, part{"literal", j})
		}
		out = df.dl.pattern(df.timePat, t, out)
	}
	return out
}

// pattern expands one ICU pattern.
func (dl *dateLocale) pattern(p string, t time.Time, out []part) []part {
	lit := func(s string) {
		if n := len(out); n > 0 && out[n-1].typ == "literal" {
			out[n-1].value += s
			return
		}
		out = append(out, part{"literal", s})
	}
	two := func(n int) string {
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	for i := 0; i < len(p); {
		c := p[i]
		if c == '\'' {
			j := strings.IndexByte(p[i+1:], '\'')
			lit(p[i+1 : i+1+j])
			i += j + 2
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			j := i
			for j < len(p) && !(p[j] >= 'a' && p[j] <= 'z' || p[j] >= 'A' && p[j] <= 'Z' || p[j] == '\'') {
				j++
			}
			lit(p[i:j])
			i = j
			continue
		}
		j := i
		for j < len(p) && p[j] == c {
			j++
		}
		n := j - i
		i = j
		switch c {
		case 'y':
			if n == 2 {
				out = append(out, part{"year", two(t.Year() % 100)})
			} else {
				out = append(out, part{"year", strconv.Itoa(t.Year())})
			}
		case 'M':
			m := int(t.Month())
			switch {
			case n == 4 && dl.months != nil:
				out = append(out, part{"month", dl.months[m-1]})
			case n == 3 && dl.monthsShort != nil:
				out = append(out, part{"month", dl.monthsShort[m-1]})
			case n == 2:
				out = append(out, part{"month", two(m)})
			default:
				out = append(out, part{"month", strconv.Itoa(m)})
			}
		case 'd':
			if n == 2 {
				out = append(out, part{"day", two(t.Day())})
			} else {
				out = append(out, part{"day", strconv.Itoa(t.Day())})
			}
		case 'E':
			out = append(out, part{"weekday", dl.weekdays[t.Weekday()]})
		case 'H':
			if n == 2 {
				out = append(out, part{"hour", two(t.Hour())})
			} else {
				out = append(out, part{"hour", strconv.Itoa(t.Hour())})
			}
		case 'h':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			out = append(out, part{"hour", strconv.Itoa(h)})
		case 'm':
			out = append(out, part{"minute", two(t.Minute())})
		case 's':
			out = append(out, part{"second", two(t.Second())})
		case 'a':
			if t.Hour() < 12 {
				out = append(out, part{"dayPeriod", dl.am})
			} else {
				out = append(out, part{"dayPeriod", dl.pm})
			}
		}
	}
	return out
}

// timeValue is the time a format call formats: now for undefined, else
// ToNumber of the argument (a Date gives its time value); NaN throws.
func (b *installer) timeValue(v goja.Value) (time.Time, bool) {
	var ms float64
	if v == nil || goja.IsUndefined(v) {
		return time.Now(), true
	}
	ms = v.ToFloat()
	if math.IsNaN(ms) || math.IsInf(ms, 0) || math.Abs(ms) > 8.64e15 {
		return time.Time{}, false
	}
	return time.UnixMilli(int64(ms)), true
}

func (b *installer) dateTimeFormatCtor() goja.Value {
	rt := b.rt
	var states slots[dateTimeFormat]
	var proto *goja.Object
	c := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		df := b.newDateTimeFormat(call.Argument(0), call.Argument(1), defaultDate)
		p := proto
		if call.NewTarget != nil {
			if np, ok := call.NewTarget.Get("prototype").(*goja.Object); ok {
				p = np
			}
		}
		o := rt.CreateObject(p)
		states.put(o, df)
		return o
	}).(*goja.Object)
	Named(rt, c, "DateTimeFormat", 0)
	proto = rt.NewObject()
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	this := func(v goja.Value, method string) *dateTimeFormat {
		df := states.get(v)
		if df == nil {
			b.typeError("Method " + method + " called on incompatible receiver " + b.describe(v))
		}
		return df
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		df := this(call.This, "Intl.DateTimeFormat.prototype.resolvedOptions")
		o := rt.NewObject()
		set := func(k string, v any) { _ = o.Set(k, v) }
		set("locale", df.locale)
		set("calendar", "gregory")
		set("numberingSystem", "latn")
		set("timeZone", df.zoneName)
		if df.sk != nil {
			for _, kv := range df.sk.resolved() {
				switch kv[0] {
				case "hour12":
					set(kv[0], kv[1] == "true")
				case "fractionalSecondDigits":
					n, _ := strconv.Atoi(kv[1])
					set(kv[0], n)
				default:
					set(kv[0], kv[1])
				}
			}
		} else if df.timePat != "" {
			if df.hour12 {
				set("hourCycle", "h12")
			} else {
				set("hourCycle", "h23")
			}
			set("hour12", df.hour12)
		}
		if df.sk == nil {
			for _, kv := range df.components {
				set(kv[0], kv[1])
			}
		}
		if df.dateStyle != "" {
			set("dateStyle", df.dateStyle)
		}
		if df.timeStyl != "" {
			set("timeStyle", df.timeStyl)
		}
		return o
	})
	b.method(proto, "formatToParts", 1, func(call goja.FunctionCall) goja.Value {
		df := this(call.This, "Intl.DateTimeFormat.prototype.formatToParts")
		t, ok := b.timeValue(call.Argument(0))
		if !ok {
			b.rangeError("Invalid time value")
		}
		var out []any
		for _, p := range df.formatParts(t) {
			o := rt.NewObject()
			_ = o.Set("type", p.typ)
			_ = o.Set("value", p.value)
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
	b.getter(proto, "format", func(call goja.FunctionCall) goja.Value {
		df := this(call.This, "get Intl.DateTimeFormat.prototype.format")
		if df.boundFormat == nil {
			df.boundFormat = b.fn("", 1, func(c goja.FunctionCall) goja.Value {
				t, ok := b.timeValue(c.Argument(0))
				if !ok {
					b.rangeError("Invalid time value")
				}
				return rt.ToValue(joinParts(df.formatParts(t)))
			})
		}
		return df.boundFormat
	})
	b.installDateRange(proto, this)
	b.tag(proto, "Intl.DateTimeFormat")
	return c
}

// installDateLocale makes Date.prototype.toLocaleString,
// toLocaleDateString and toLocaleTimeString format through
// Intl.DateTimeFormat.
func (b *installer) installDateLocale() {
	p := b.proto("Date")
	if p == nil {
		return
	}
	getTime, ok := goja.AssertFunction(p.Get("getTime"))
	if !ok {
		return
	}
	for _, m := range []struct {
		name     string
		defaults dateDefaults
	}{{"toLocaleString", defaultAll}, {"toLocaleDateString", defaultDateRequired}, {"toLocaleTimeString", defaultTime}} {
		m := m
		b.method(p, m.name, 0, func(call goja.FunctionCall) goja.Value {
			ms, err := getTime(call.This)
			if err != nil {
				b.typeError("this is not a Date object.")
			}
			t, ok := b.timeValue(ms)
			if !ok {
				return b.rt.ToValue("Invalid Date")
			}
			df := b.newDateTimeFormat(call.Argument(0), call.Argument(1), m.defaults)
			return b.rt.ToValue(joinParts(df.formatParts(t)))
		})
	}
}
