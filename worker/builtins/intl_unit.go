package builtins

import (
	_ "embed"
	"encoding/json"
	"strconv"
	"strings"
)

// Intl.NumberFormat's style 'unit': ECMA-402's sanctioned units and the
// common compound ones, with the patterns V8 prints per locale, unitDisplay
// and plural category (data/units.json, recorded from workerd by
// data/record_units.js).

//go:embed data/units.json
var unitsJSON []byte

type unitLocale struct {
	Cats  []string           `json:"cats"`
	Pats  []string           `json:"pats"`
	Units map[string][][]int `json:"units"` // per unitDisplay short, long, narrow: per category
}

type unitData struct {
	simple, compound map[string]bool
	locales          map[string]*unitLocale
}

var unitTablesLazy = lazyValue[*unitData]{f: func() *unitData {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(unitsJSON, &raw); err != nil {
		panic(err) // the embedded file is ours
	}
	d := &unitData{simple: map[string]bool{}, compound: map[string]bool{}, locales: map[string]*unitLocale{}}
	for k, v := range raw {
		switch k {
		case "simple", "compound":
			var names []string
			if err := json.Unmarshal(v, &names); err != nil {
				panic(err)
			}
			for _, n := range names {
				if k == "simple" {
					d.simple[n] = true
				} else {
					d.compound[n] = true
				}
			}
		default:
			var l unitLocale
			if err := json.Unmarshal(v, &l); err != nil {
				panic(err)
			}
			d.locales[k] = &l
		}
	}
	return d
}}

func unitTables() *unitData { return unitTablesLazy.get() }

// validUnit tells whether V8 accepts unit: a sanctioned unit, or two
// joined by "-per-".
func validUnit(unit string) bool {
	d := unitTables()
	if d.simple[unit] {
		return true
	}
	num, den, ok := strings.Cut(unit, "-per-")
	return ok && d.simple[num] && d.simple[den]
}

// hasUnitPattern tells whether mcrepl has the patterns of unit.
func hasUnitPattern(unit string) bool {
	d := unitTables()
	return d.simple[unit] || d.compound[unit]
}

// unitParts puts the formatted number num (sign included) into the unit's
// pattern for its plural category.
func (nf *numberFormat) unitParts(num []part) []part {
	l := unitTables().locales[nf.loc.tag]
	if l == nil {
		return num
	}
	var intDigits, frac string
	for _, p := range num {
		switch p.typ {
		case "integer":
			intDigits += p.value
		case "fraction":
			frac = p.value
		}
	}
	i, _ := strconv.ParseInt(intDigits, 10, 64)
	n, _ := strconv.ParseFloat(intDigits+"."+frac+"0", 64)
	cat := nf.loc.plural(i, len(frac), n)
	display := map[string]int{"short": 0, "long": 1, "narrow": 2}[nf.unitDisplay]
	byCat := l.Units[nf.unit][display]
	idx := byCat[len(byCat)-1]
	for k, c := range l.Cats {
		if c == cat {
			idx = byCat[k]
		}
	}
	var out []part
	toks := strings.Split(l.Pats[idx], "|")
	if nf.unit == "percent" && nf.unitDisplay != "long" && len(num) > 0 && (num[0].typ == "minusSign" || num[0].typ == "plusSign") && toks[0] != "n" {
		// the percent sign's own pattern signs the whole: tr "-%1"
		out, num = append(out, num[0]), num[1:]
	}
	for _, tok := range toks {
		switch {
		case tok == "n":
			out = append(out, num...)
		case strings.HasPrefix(tok, "u:"):
			out = append(out, part{"unit", tok[2:]})
		default:
			out = append(out, part{"literal", strings.TrimPrefix(tok, "l:")})
		}
	}
	return out
}

// The long compact forms (compactDisplay: 'long'), per locale and power of
// ten from 10^3: the digits shown and the affix for a shown 1, another
// integer, a fraction of integer 1, another fraction (data/compactlong.json,
// recorded from workerd by data/record_compact.js).

//go:embed data/compactlong.json
var compactLongJSON []byte

var compactLongTablesLazy = lazyValue[map[string][][]any]{f: func() map[string][][]any {
	var m map[string][][]any
	if err := json.Unmarshal(compactLongJSON, &m); err != nil {
		panic(err) // the embedded file is ours
	}
	return m
}}

func compactLongTables() map[string][][]any { return compactLongTablesLazy.get() }

// compactLongForms is the locale's long compact table as compactRound
// reads it: the digits, and an affix that is empty for the plain number.
func compactLongForms(tag string) []compactForm {
	rows := compactLongTables()[tag]
	out := make([]compactForm, len(rows))
	for i, r := range rows {
		d, _ := r[0].(float64)
		a, _ := r[2].(string)
		out[i] = compactForm{digits: int(d), affix: a}
	}
	return out
}

// compactLongParts appends to num (the shown number) the long compact
// affix of form for it.
func compactLongParts(tag string, form int, intPart, frac string, num []part) []part {
	rows := compactLongTables()[tag]
	if form >= len(rows) {
		return num
	}
	k := 2 // another integer
	switch {
	case frac == "" && intPart == "1":
		k = 1
	case frac != "" && intPart == "1":
		k = 3
	case frac != "":
		k = 4
	}
	a, _ := rows[form][k].(string)
	if rest, ok := strings.CutPrefix(a, "\x01"); ok {
		// the compact word alone (fr "mille")
		return []part{{"compact", rest}}
	}
	lit, comp, _ := strings.Cut(a, "\x00")
	if lit != "" {
		num = append(num, part{"literal", lit})
	}
	return append(num, part{"compact", comp})
}

// Currencies: fraction digits, symbols and names (currencyDisplay 'name')
// for every currency V8 knows, per locale (data/currencies.json, recorded
// from workerd by data/record_currencies.js).

//go:embed data/currencies.json
var currenciesJSON []byte

type currencyLocale struct {
	Cats    []string            `json:"cats"`
	Pats    []string            `json:"pats"`
	Symbols map[string][]string `json:"symbols"` // symbol, then the narrow one where it differs
	Names   map[string][]int    `json:"names"`   // per category, -1 where none
	Unknown string              `json:"unknown"` // between a number and a code with no name
}

type currencyData struct {
	digits  map[string]int
	locales map[string]*currencyLocale
}

var currencyTablesLazy = lazyValue[*currencyData]{f: func() *currencyData {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(currenciesJSON, &raw); err != nil {
		panic(err) // the embedded file is ours
	}
	d := &currencyData{digits: map[string]int{}, locales: map[string]*currencyLocale{}}
	for k, v := range raw {
		if k == "digits" {
			if err := json.Unmarshal(v, &d.digits); err != nil {
				panic(err)
			}
			continue
		}
		var l currencyLocale
		if err := json.Unmarshal(v, &l); err != nil {
			panic(err)
		}
		d.locales[k] = &l
	}
	return d
}}

func currencyTables() *currencyData { return currencyTablesLazy.get() }

// currencySymbol is the locale's symbol (or narrow symbol) for code.
func currencySymbol(tag, code string, narrow bool) (string, bool) {
	l := currencyTables().locales[tag]
	if l == nil {
		return "", false
	}
	s, ok := l.Symbols[code]
	if !ok || len(s) == 0 {
		return "", false
	}
	if narrow && len(s) > 1 {
		return s[1], true
	}
	return s[0], true
}

// currencyNameParts puts the formatted number num (sign included) into
// the currency name's pattern for its plural category.
func (nf *numberFormat) currencyNameParts(num []part) []part {
	l := currencyTables().locales[nf.loc.tag]
	var byCat []int
	if l != nil {
		byCat = l.Names[nf.currency]
	}
	if len(byCat) == 0 {
		sep := " "
		if l != nil {
			sep = l.Unknown
		}
		if sep != "" {
			num = append(num, part{"literal", sep})
		}
		return append(num, part{"currency", nf.currency})
	}
	var intDigits, frac string
	for _, p := range num {
		switch p.typ {
		case "integer":
			intDigits += p.value
		case "fraction":
			frac = p.value
		}
	}
	i, _ := strconv.ParseInt(intDigits, 10, 64)
	n, _ := strconv.ParseFloat(intDigits+"."+frac+"0", 64)
	cat := nf.loc.plural(i, len(frac), n)
	idx := byCat[len(byCat)-1]
	for k, c := range l.Cats {
		if c == cat && byCat[k] >= 0 {
			idx = byCat[k]
		}
	}
	var out []part
	toks := strings.Split(l.Pats[idx], "|")
	if len(num) > 0 && (num[0].typ == "minusSign" || num[0].typ == "plusSign") && toks[0] != "n" {
		// a pattern that starts with a symbol is signed in front (tr "-₺2,50 Türk lirası")
		out, num = append(out, num[0]), num[1:]
	}
	for _, tok := range toks {
		switch {
		case tok == "n":
			out = append(out, num...)
		case strings.HasPrefix(tok, "c:"):
			out = append(out, part{"currency", tok[2:]})
		default:
			out = append(out, part{"literal", strings.TrimPrefix(tok, "l:")})
		}
	}
	return out
}
