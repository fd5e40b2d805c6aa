package builtins

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// numberFormat is one Intl.NumberFormat's resolved options.
type numberFormat struct {
	loc                  *numLocale
	locale               string
	style                string // decimal, percent, currency
	currency, display    string
	minInt, minFD, maxFD int
	minSD, maxSD         int // 0: not set
	grouping             string
	compact              bool
	signDisplay          string
	roundingMode         string // halfExpand, ceil, floor, ...
	increment            int    // roundingIncrement
	stripIfInteger       bool   // trailingZeroDisplay
	accounting           bool   // currencySign
	unit, unitDisplay    string // style unit
	exponent             string // notation scientific or engineering, else ""
	compactLong          bool   // compactDisplay long
	form                 int    // the compact form compactRound chose (scratch, as neg)
	boundFormat          goja.Value
	// neg is the sign of the number being rounded (formatParts sets it):
	// the directed rounding modes depend on it
	neg bool
}

// part is one piece of a formatted number (formatToParts).
type part struct{ typ, value string }

func (b *installer) newNumberFormat(locales, options goja.Value) *numberFormat {
	req := b.canonicalizeLocaleList(locales)
	opts := b.optionsObject(options)
	const class = "Intl.NumberFormat"
	nf := &numberFormat{}
	nf.loc, nf.locale = resolveLocale(req)
	nf.style = b.getOption(opts, "style", class, []string{"decimal", "percent", "currency", "unit"}, "decimal")
	if c := b.getOption(opts, "currency", class, nil, ""); c != "" {
		if len(c) != 3 || strings.IndexFunc(c, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
			b.rangeError("Invalid currency code : " + c)
		}
		nf.currency = strings.ToUpper(c)
	}
	nf.display = b.getOption(opts, "currencyDisplay", class, []string{"code", "symbol", "narrowSymbol", "name"}, "symbol")
	if nf.style == "currency" && nf.currency == "" {
		b.typeError("Currency code is required with currency style.")
	}
	nf.accounting = b.getOption(opts, "currencySign", class, []string{"standard", "accounting"}, "standard") == "accounting"
	unit := b.getOption(opts, "unit", class, nil, "")
	if unit != "" && !validUnit(unit) {
		b.rangeError("Invalid unit argument for Intl.NumberFormat() '" + unit + "'")
	}
	nf.unitDisplay = b.getOption(opts, "unitDisplay", class, []string{"short", "narrow", "long"}, "short")
	if nf.style == "unit" {
		if unit == "" {
			b.typeError("Invalid unit argument for Intl.NumberFormat() ''")
		}
		if !hasUnitPattern(unit) {
			b.rangeError("mcrepl: Intl.NumberFormat unit '" + unit + "' is not implemented")
		}
		nf.unit = unit
	}
	notation := b.getOption(opts, "notation", class, []string{"standard", "scientific", "engineering", "compact"}, "standard")
	if notation == "scientific" || notation == "engineering" {
		nf.exponent = notation
	}
	nf.compact = notation == "compact"
	nf.compactLong = b.getOption(opts, "compactDisplay", class, []string{"short", "long"}, "short") == "long" && nf.compact
	nf.minInt = b.getNumberOption(opts, "minimumIntegerDigits", 1, 21)
	if nf.minInt < 0 {
		nf.minInt = 1
	}
	minFD := b.getNumberOption(opts, "minimumFractionDigits", 0, 100)
	maxFD := b.getNumberOption(opts, "maximumFractionDigits", 0, 100)
	nf.minSD = b.getNumberOption(opts, "minimumSignificantDigits", 1, 21)
	nf.maxSD = b.getNumberOption(opts, "maximumSignificantDigits", 1, 21)
	if nf.minSD > 0 || nf.maxSD > 0 {
		if nf.minSD < 0 {
			nf.minSD = 1
		}
		if nf.maxSD < 0 {
			nf.maxSD = 21
		}
		if nf.minSD > nf.maxSD {
			b.rangeError("maximumSignificantDigits value is out of range.")
		}
	} else {
		nf.minSD, nf.maxSD = 0, 0
	}
	nf.increment = b.getNumberOption(opts, "roundingIncrement", 1, 5000)
	if nf.increment < 0 {
		nf.increment = 1
	}
	switch nf.increment {
	case 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000:
	default:
		b.rangeError("roundingIncrement value is out of range.")
	}
	nf.roundingMode = b.getOption(opts, "roundingMode", class, []string{"ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"}, "halfExpand")
	nf.stripIfInteger = b.getOption(opts, "trailingZeroDisplay", class, []string{"auto", "stripIfInteger"}, "auto") == "stripIfInteger"
	if nf.increment != 1 && nf.maxSD > 0 {
		b.typeError("RoundingType is not fractionDigits")
	}
	defMin, defMax := 0, 3
	switch nf.style {
	case "percent":
		defMax = 0
	case "currency":
		d, ok := currencyTables().digits[nf.currency]
		if !ok {
			d = 2
		}
		defMin, defMax = d, d
	}
	if nf.compact {
		defMin, defMax = 0, 0
	}
	if nf.exponent != "" && nf.style == "currency" {
		// a mantissa is not an amount: the decimal defaults
		defMin, defMax = 0, 3
	}
	switch {
	case minFD < 0 && maxFD < 0:
		nf.minFD, nf.maxFD = defMin, defMax
	case minFD < 0:
		nf.minFD, nf.maxFD = min(defMin, maxFD), maxFD
	case maxFD < 0:
		nf.minFD, nf.maxFD = minFD, max(defMax, minFD)
	default:
		if minFD > maxFD {
			b.rangeError("maximumFractionDigits value is out of range.")
		}
		nf.minFD, nf.maxFD = minFD, maxFD
	}
	if nf.increment != 1 && nf.minFD != nf.maxFD {
		b.rangeError("maximumFractionDigits value is out of range.")
	}
	nf.grouping = "auto"
	if nf.compact {
		nf.grouping = "min2"
	}
	if opts != nil {
		if g := opts.Get("useGrouping"); g != nil && !goja.IsUndefined(g) {
			switch g.String() {
			case "always", "auto", "min2":
				nf.grouping = g.String()
			default:
				if !g.ToBoolean() {
					nf.grouping = "false"
				} else if typeOf(g) == "boolean" {
					nf.grouping = "always"
				} else {
					b.rangeError("Value " + g.String() + " out of range for Intl.NumberFormat options property useGrouping")
				}
			}
		}
	}
	nf.signDisplay = b.getOption(opts, "signDisplay", class, []string{"auto", "never", "always", "exceptZero", "negative"}, "auto")
	return nf
}

// decimalOf is the shortest decimal representation of |x| (what ICU
// formats, so 1.0005 rounds to 1.001 as in V8): its digits and the
// position of the decimal point among them.
func decimalOf(x float64) (digits string, point int) {
	s := strconv.FormatFloat(math.Abs(x), 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits = strings.Replace(mant, ".", "", 1)
	return digits, e + 1
}

// roundDigits rounds digits (point as in decimalOf) by mode (the
// roundingMode of a number whose sign neg is) to keep the digits before
// index keep; it returns the new digits and point.
func roundDigits(digits string, point, keep int, mode string, neg bool) (string, int) {
	if keep >= len(digits) {
		return digits, point
	}
	kept, disc := "", digits
	if keep > 0 {
		kept, disc = digits[:keep], digits[keep:]
	} else {
		disc = strings.Repeat("0", -keep) + digits
	}
	nonzero := strings.Trim(disc, "0") != ""
	half := 0 // -1 below a half, 0 a tie, 1 above
	switch {
	case disc[0] > '5' || disc[0] == '5' && strings.Trim(disc[1:], "0") != "":
		half = 1
	case disc[0] < '5':
		half = -1
	}
	odd := kept != "" && (kept[len(kept)-1]-'0')%2 == 1
	var up bool
	switch mode {
	case "ceil":
		up = nonzero && !neg
	case "floor":
		up = nonzero && neg
	case "expand":
		up = nonzero
	case "trunc":
	case "halfCeil":
		up = half > 0 || half == 0 && !neg
	case "halfFloor":
		up = half > 0 || half == 0 && neg
	case "halfTrunc":
		up = half > 0
	case "halfEven":
		up = half > 0 || half == 0 && odd
	default: // halfExpand
		up = half >= 0
	}
	if keep <= 0 {
		if up {
			return "1", point - keep + 1
		}
		return "0", point
	}
	d := []byte(kept)
	if up {
		i := len(d) - 1
		for ; i >= 0; i-- {
			if d[i] == '9' {
				d[i] = '0'
				continue
			}
			d[i]++
			break
		}
		if i < 0 {
			d = append([]byte{'1'}, d...)
			point++
		}
	}
	return string(d), point
}

// roundIncrement rounds digits to a multiple of increment units of the
// maxFD-th fraction digit, by mode.
func roundIncrement(digits string, point, maxFD, increment int, mode string, neg bool) (string, int) {
	m, _ := new(big.Int).SetString(digits, 10)
	// value = m * 10^(point-len(digits)); scaled by 10^maxFD: m * 10^e
	e := point - len(digits) + maxFD
	den := big.NewInt(1)
	ten := big.NewInt(10)
	if e >= 0 {
		m.Mul(m, new(big.Int).Exp(ten, big.NewInt(int64(e)), nil))
	} else {
		den.Exp(ten, big.NewInt(int64(-e)), nil)
	}
	unit := new(big.Int).Mul(den, big.NewInt(int64(increment)))
	q, r := new(big.Int).QuoRem(m, unit, new(big.Int))
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(unit)
	nonzero := r.Sign() != 0
	var up bool
	switch mode {
	case "ceil":
		up = nonzero && !neg
	case "floor":
		up = nonzero && neg
	case "expand":
		up = nonzero
	case "trunc":
	case "halfCeil":
		up = c > 0 || c == 0 && !neg
	case "halfFloor":
		up = c > 0 || c == 0 && neg
	case "halfTrunc":
		up = c > 0
	case "halfEven":
		up = c > 0 || c == 0 && q.Bit(0) == 1
	default:
		up = c >= 0
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, big.NewInt(int64(increment)))
	if q.Sign() == 0 {
		return "0", 1
	}
	s := q.String()
	return s, len(s) - maxFD
}

// fixed turns digits and point into integer and fraction strings.
func fixed(digits string, point int) (string, string) {
	for point <= 0 {
		digits = "0" + digits
		point++
	}
	for len(digits) < point {
		digits += "0"
	}
	return digits[:point], digits[point:]
}

// round applies the fraction or significant digits of nf to |x|'s digits.
func (nf *numberFormat) round(digits string, point int, minFD, maxFD, minSD, maxSD int) (intPart, frac string) {
	if maxSD > 0 {
		digits, point = roundDigits(digits, point, maxSD, nf.roundingMode, nf.neg)
		intPart, frac = fixed(digits, point)
		frac = strings.TrimRight(frac, "0")
		// pad to minSD significant digits (zero's own digit is one)
		sig := len(strings.TrimLeft(intPart+frac, "0"))
		if sig == 0 {
			sig = 1 + len(frac)
		}
		for sig < minSD {
			frac += "0"
			sig++
		}
		if nf.stripIfInteger && strings.Trim(frac, "0") == "" {
			frac = ""
		}
		return intPart, frac
	}
	if nf.increment != 1 {
		digits, point = roundIncrement(digits, point, maxFD, nf.increment, nf.roundingMode, nf.neg)
	} else {
		digits, point = roundDigits(digits, point, point+maxFD, nf.roundingMode, nf.neg)
	}
	intPart, frac = fixed(digits, point)
	for len(frac) > minFD && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	for len(frac) < minFD {
		frac += "0"
	}
	if nf.stripIfInteger && strings.Trim(frac, "0") == "" {
		frac = ""
	}
	return intPart, frac
}

// formatParts is the core of format and formatToParts.
func (nf *numberFormat) formatParts(x float64, bigDigits string) []part {
	loc := nf.loc
	neg := math.Signbit(x)
	if bigDigits != "" {
		neg = strings.HasPrefix(bigDigits, "-")
	}
	nf.neg = neg
	var digits string
	var point int
	if bigDigits != "" {
		neg = strings.HasPrefix(bigDigits, "-")
		digits = strings.TrimPrefix(bigDigits, "-")
		point = len(digits)
	} else if !math.IsNaN(x) && !math.IsInf(x, 0) {
		digits, point = decimalOf(x)
	}
	if nf.style == "percent" && digits != "" {
		point += 2
	}
	var num []part
	var compactAffix string
	isZero := false
	switch {
	case math.IsNaN(x) && bigDigits == "":
		num = []part{{"nan", "NaN"}}
		neg = false
	case math.IsInf(x, 0) && bigDigits == "":
		num = []part{{"infinity", "∞"}}
	default:
		var intPart, frac string
		minGroup := loc.minGroup
		var exp []part
		if nf.exponent != "" {
			intPart, frac, exp = nf.exponentRound(digits, point)
		} else if nf.compact {
			intPart, frac, compactAffix = nf.compactRound(digits, point)
			minGroup = 2
		} else {
			intPart, frac = nf.round(digits, point, nf.minFD, nf.maxFD, nf.minSD, nf.maxSD)
		}
		intPart = strings.TrimLeft(intPart, "0")
		for len(intPart) < nf.minInt {
			intPart = "0" + intPart
		}
		isZero = strings.Trim(intPart+frac, "0") == ""
		num = groupParts(intPart, loc.group, nf.grouping, minGroup)
		if frac != "" {
			num = append(num, part{"decimal", loc.decimal}, part{"fraction", frac})
		}
		num = append(num, exp...)
		if compactAffix != "" && nf.compactLong {
			num = compactLongParts(nf.loc.tag, nf.form, intPart, frac, num)
		} else if compactAffix != "" {
			num = append(num, part{"literal", nbsp}, part{"compact", strings.TrimPrefix(compactAffix, nbsp)})
			if !strings.HasPrefix(compactAffix, nbsp) {
				num = append(num[:len(num)-2], part{"compact", compactAffix})
			}
		}
	}
	var sign []part
	switch nf.signDisplay {
	case "auto":
		if neg && !(isZero && bigDigits == "" && x == 0 && false) {
			sign = []part{{"minusSign", "-"}}
		}
	case "always":
		if neg {
			sign = []part{{"minusSign", "-"}}
		} else {
			sign = []part{{"plusSign", "+"}}
		}
	case "exceptZero":
		switch {
		case isZero:
		case neg:
			sign = []part{{"minusSign", "-"}}
		default:
			sign = []part{{"plusSign", "+"}}
		}
	case "negative":
		if neg && !isZero {
			sign = []part{{"minusSign", "-"}}
		}
	}
	out := append([]part(nil), sign...)
	switch nf.style {
	case "percent":
		pct := part{"percentSign", "%"}
		if loc.percentPrefix {
			out = append(out, pct)
			out = append(out, num...)
		} else {
			out = append(out, num...)
			if loc.percentSpace != "" {
				out = append(out, part{"literal", loc.percentSpace})
			}
			out = append(out, pct)
		}
	case "currency":
		if nf.display == "name" {
			out = nf.currencyNameParts(append(out, num...))
			break
		}
		sym := nf.currency
		if nf.display != "code" {
			if s, ok := currencySymbol(loc.tag, nf.currency, nf.display == "narrowSymbol"); ok {
				sym = s
			} else if s, ok := loc.symbols[nf.currency]; ok {
				sym = s
			}
		}
		cur := part{"currency", sym}
		if loc.currencyAfter {
			out = append(out, num...)
			out = append(out, part{"literal", nbsp}, cur)
		} else {
			out = append(out, cur)
			// ICU's currency spacing: a symbol that ends in a letter is
			// kept apart from the digits
			if r, _ := utf8.DecodeLastRuneInString(sym); unicode.IsLetter(r) {
				out = append(out, part{"literal", nbsp})
			}
			out = append(out, num...)
		}
	case "unit":
		out = nf.unitParts(append(out, num...))
	default:
		out = append(out, num...)
	}
	if nf.accounting && nf.style == "currency" && len(sign) > 0 && sign[0].typ == "minusSign" && accountingParens(loc.tag) {
		out = append(append([]part{{"literal", "("}}, out[1:]...), part{"literal", ")"})
	}
	return out
}

// accountingParens are the locales whose accounting currency format puts
// a negative amount in parentheses (de and es keep the minus sign).
func accountingParens(tag string) bool {
	switch tag {
	case "en-US", "en-GB", "fr", "ja", "zh", "tr":
		return true
	}
	return false
}

// exponentRound rounds digits as a mantissa times a power of ten (one
// integer digit, or one to three with the exponent a multiple of three for
// engineering) and returns the exponent's parts.
func (nf *numberFormat) exponentRound(digits string, point int) (intPart, frac string, exp []part) {
	e := 0
	if strings.Trim(digits, "0") != "" {
		e = point - 1
		if nf.exponent == "engineering" {
			e = int(math.Floor(float64(e)/3)) * 3
		}
	}
	for attempt := 0; attempt < 2; attempt++ {
		intPart, frac = nf.round(digits, point-e, nf.minFD, nf.maxFD, nf.minSD, nf.maxSD)
		width := len(strings.TrimLeft(intPart, "0"))
		limit := 1
		if nf.exponent == "engineering" {
			limit = 3
		}
		if width <= limit || attempt == 1 {
			break
		}
		// rounding carried into another digit (9.9996 -> 10.000)
		if nf.exponent == "engineering" {
			e += 3
		} else {
			e++
		}
	}
	exp = []part{{"exponentSeparator", "E"}}
	if e < 0 {
		exp = append(exp, part{"exponentMinusSign", "-"})
	}
	exp = append(exp, part{"exponentInteger", strconv.Itoa(abs(e))})
	return intPart, frac, exp
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// compactRound scales digits to the locale's compact form and rounds as
// ICU does (two significant digits below 100, whole numbers above).
func (nf *numberFormat) compactRound(digits string, point int) (intPart, frac, affix string) {
	forms := nf.loc.compact
	if nf.compactLong {
		forms = compactLongForms(nf.loc.tag)
	}
	for attempt := 0; attempt < 2; attempt++ {
		mag := point - 1 // 10^mag <= |x|
		if digits == "0" {
			mag = 0
		}
		shift := 0
		affix = ""
		if mag >= 3 {
			i := mag - 3
			if i >= len(forms) {
				i = len(forms) - 1
			}
			f := forms[i]
			if f.affix != "" {
				shift = i + 3 - (f.digits - 1)
				affix = f.affix
				nf.form = i
			}
		}
		p := point - shift
		if nf.maxSD > 0 || nf.maxFD > 0 {
			intPart, frac = nf.round(digits, p, nf.minFD, nf.maxFD, nf.minSD, nf.maxSD)
		} else {
			// morePrecision between 0 fraction digits and 2 significant
			ip, fr := nf.round(digits, p, 0, 0, 0, 0)
			si, sf := nf.round(digits, p, 0, 0, 1, 2)
			if len(sf) > len(fr) {
				ip, fr = si, sf
			}
			intPart, frac = ip, fr
		}
		// rounding up to the next power may need the next form (999.9K)
		newPoint := len(strings.TrimLeft(intPart, "0")) + shift
		if newPoint == point || attempt == 1 {
			return intPart, frac, affix
		}
		digits, point = strings.TrimLeft(intPart, "0")+frac, newPoint
	}
	return intPart, frac, affix
}

// groupParts splits an integer's digits into groups of three.
func groupParts(intPart, sep, grouping string, minGroup int) []part {
	need := 4
	if grouping == "min2" || minGroup == 2 && grouping == "auto" {
		need = 5
	}
	if grouping == "false" || len(intPart) < need {
		return []part{{"integer", intPart}}
	}
	var out []part
	first := len(intPart) % 3
	if first == 0 {
		first = 3
	}
	out = append(out, part{"integer", intPart[:first]})
	for i := first; i < len(intPart); i += 3 {
		out = append(out, part{"group", sep}, part{"integer", intPart[i : i+3]})
	}
	return out
}

func joinParts(ps []part) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.value)
	}
	return b.String()
}

// formatValue formats a JS value: a BigInt exactly, anything else through
// ToNumber.
func (nf *numberFormat) formatValue(v goja.Value) []part {
	if typeOf(v) == "bigint" {
		if bi, ok := gojaprops.Export(v).(*big.Int); ok {
			return nf.formatParts(0, bi.String())
		}
	}
	// A string of an integer too long for a double is formatted exactly,
	// as V8 does (Intl.NumberFormat v3's decimal strings).
	if typeOf(v) == "string" {
		if bi, ok := new(big.Int).SetString(strings.TrimSpace(v.String()), 10); ok && len(bi.String()) > 15 {
			return nf.formatParts(0, bi.String())
		}
	}
	return nf.formatParts(v.ToFloat(), "")
}

func (b *installer) numberFormatCtor() goja.Value {
	rt := b.rt
	var states slots[numberFormat]
	var proto *goja.Object
	c := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		nf := b.newNumberFormat(call.Argument(0), call.Argument(1))
		p := proto
		if call.NewTarget != nil {
			if np, ok := call.NewTarget.Get("prototype").(*goja.Object); ok {
				p = np
			}
		}
		o := rt.CreateObject(p)
		states.put(o, nf)
		return o
	}).(*goja.Object)
	Named(rt, c, "NumberFormat", 0)
	proto = rt.NewObject()
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	this := func(v goja.Value, method string) *numberFormat {
		nf := states.get(v)
		if nf == nil {
			b.typeError("Method " + method + " called on incompatible receiver " + b.describe(v))
		}
		return nf
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		nf := this(call.This, "Intl.NumberFormat.prototype.resolvedOptions")
		o := rt.NewObject()
		set := func(k string, v any) { _ = o.Set(k, v) }
		set("locale", nf.locale)
		set("numberingSystem", "latn")
		set("style", nf.style)
		if nf.style == "unit" {
			set("unit", nf.unit)
			set("unitDisplay", nf.unitDisplay)
		}
		if nf.style == "currency" {
			set("currency", nf.currency)
			set("currencyDisplay", nf.display)
			if nf.accounting {
				set("currencySign", "accounting")
			} else {
				set("currencySign", "standard")
			}
		}
		set("minimumIntegerDigits", nf.minInt)
		if nf.maxSD == 0 || nf.compact {
			set("minimumFractionDigits", nf.minFD)
			set("maximumFractionDigits", nf.maxFD)
		}
		switch {
		case nf.maxSD > 0:
			set("minimumSignificantDigits", nf.minSD)
			set("maximumSignificantDigits", nf.maxSD)
		case nf.compact:
			set("minimumSignificantDigits", 1)
			set("maximumSignificantDigits", 2)
		}
		if nf.grouping == "false" {
			set("useGrouping", false)
		} else {
			set("useGrouping", nf.grouping)
		}
		if nf.compact {
			set("notation", "compact")
			if nf.compactLong {
				set("compactDisplay", "long")
			} else {
				set("compactDisplay", "short")
			}
		} else if nf.exponent != "" {
			set("notation", nf.exponent)
		} else {
			set("notation", "standard")
		}
		set("signDisplay", nf.signDisplay)
		set("roundingIncrement", nf.increment)
		set("roundingMode", nf.roundingMode)
		if nf.compact {
			set("roundingPriority", "morePrecision")
		} else {
			set("roundingPriority", "auto")
		}
		if nf.stripIfInteger {
			set("trailingZeroDisplay", "stripIfInteger")
		} else {
			set("trailingZeroDisplay", "auto")
		}
		return o
	})
	b.method(proto, "formatToParts", 1, func(call goja.FunctionCall) goja.Value {
		nf := this(call.This, "Intl.NumberFormat.prototype.formatToParts")
		var out []any
		for _, p := range nf.formatValue(call.Argument(0)) {
			o := rt.NewObject()
			_ = o.Set("type", p.typ)
			_ = o.Set("value", p.value)
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
	b.getter(proto, "format", func(call goja.FunctionCall) goja.Value {
		nf := this(call.This, "UnwrapNumberFormat")
		if nf.boundFormat == nil {
			nf.boundFormat = b.fn("", 1, func(c goja.FunctionCall) goja.Value {
				return rt.ToValue(joinParts(nf.formatValue(c.Argument(0))))
			})
		}
		return nf.boundFormat
	})
	b.installNumberRange(proto, this)
	b.tag(proto, "Intl.NumberFormat")
	return c
}

// installToLocaleString makes Number.prototype.toLocaleString format
// through Intl.NumberFormat (goja's is toString, which takes the locale
// for a radix).
func (b *installer) installToLocaleString() {
	p := b.proto("Number")
	if p == nil {
		return
	}
	b.method(p, "toLocaleString", 0, func(call goja.FunctionCall) goja.Value {
		x := call.This
		if o, ok := x.(*goja.Object); ok {
			if o.ClassName() != "Number" {
				b.typeError("Number.prototype.toLocaleString requires that 'this' be a Number")
			}
		} else if typeOf(x) != "number" {
			b.typeError("Number.prototype.toLocaleString requires that 'this' be a Number")
		}
		nf := b.newNumberFormat(call.Argument(0), call.Argument(1))
		return b.rt.ToValue(joinParts(nf.formatParts(x.ToFloat(), "")))
	})
}

// installBigIntToLocaleString makes BigInt.prototype.toLocaleString format
// through Intl.NumberFormat, exactly (goja's takes the locale for a radix).
func (b *installer) installBigIntToLocaleString() {
	c, _ := b.rt.GlobalObject().Get("BigInt").(*goja.Object)
	if c == nil {
		return
	}
	p, _ := c.Get("prototype").(*goja.Object)
	if p == nil {
		return
	}
	valueOf, ok := goja.AssertFunction(p.Get("valueOf"))
	if !ok {
		return
	}
	b.method(p, "toLocaleString", 0, func(call goja.FunctionCall) goja.Value {
		v, err := valueOf(call.This)
		if err != nil {
			b.typeError("BigInt.prototype.toLocaleString requires that 'this' be a BigInt")
		}
		bi, ok := gojaprops.Export(v).(*big.Int)
		if !ok {
			b.typeError("BigInt.prototype.toLocaleString requires that 'this' be a BigInt")
		}
		nf := b.newNumberFormat(call.Argument(0), call.Argument(1))
		return b.rt.ToValue(joinParts(nf.formatParts(0, bi.String())))
	})
}

// installArrayToLocaleString makes Array.prototype.toLocaleString pass its
// locales and options to each element's toLocaleString (ECMA-402; goja's
// passes nothing), joined by commas; an array already being joined gives
// "" as in V8.
func (b *installer) installArrayToLocaleString() {
	p := b.proto("Array")
	if p == nil {
		return
	}
	var joining []*goja.Object
	b.method(p, "toLocaleString", 0, func(call goja.FunctionCall) goja.Value {
		if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			b.typeError("Cannot convert undefined or null to object")
		}
		o := call.This.ToObject(b.rt)
		for _, a := range joining {
			if a == o {
				return b.rt.ToValue("")
			}
		}
		joining = append(joining, o)
		defer func() { joining = joining[:len(joining)-1] }()
		var n int64
		if l := o.Get("length"); l != nil { // nil: no length at all ({}), so 0
			n = l.ToInteger()
		}
		var sb strings.Builder
		for i := int64(0); i < n; i++ {
			if i > 0 {
				sb.WriteByte(',')
			}
			v := o.Get(strconv.FormatInt(i, 10))
			if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
				continue
			}
			e := v.ToObject(b.rt)
			fn, ok := goja.AssertFunction(e.Get("toLocaleString"))
			if !ok {
				b.typeError(b.typeAndValue(e.Get("toLocaleString")) + " is not a function")
			}
			r, err := fn(v, call.Argument(0), call.Argument(1))
			if err != nil {
				panic(err)
			}
			sb.WriteString(b.toString(r).String())
		}
		return b.rt.ToValue(sb.String())
	})
}
