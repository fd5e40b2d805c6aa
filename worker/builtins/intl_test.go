package builtins_test

import "testing"

// intlDifferences are testdata/intl.js's lines where mcrepl differs.
var intlDifferences = map[int]struct{ mcrepl, why string }{
	17: {`[0,"NumberFormat","[object Intl.NumberFormat]","getCanonicalLocales,supportedValuesOf,DateTimeFormat,NumberFormat,Collator,PluralRules,RelativeTimeFormat,ListFormat,Locale,DisplayNames,Segmenter"]`, "v8BreakIterator (V8's own, not ECMA-402) and DurationFormat are not built"},
	39: {"es 12345 | 12.345 | 1234,5 | 1,234", "pl is not among the locales with data: en-US's"},
	72: {"de-DE>de-DE>1.234,5 ; fr-FR>fr-FR>1 234,5 ; en-US>en-US>1,234.5 ; EN-gb>en-GB>1,234.5 ; zh-CN>zh-CN>1,234.5 ; zh-Hans-CN>zh-Hans-CN>1,234.5 ; ja-JP>ja-JP>1,234.5 ; tr-TR>tr-TR>1.234,5 ; es-ES>es-ES>1234,5 ; es-MX>es>1234,5 ; pt-BR>en-US>1,234.5 ; und>en-US>1,234.5 ; de-CH>de>1.234,5", "es-MX, pt-BR and de-CH fall back to their language's data or en-US"},
}

// TestIntl compares testdata/intl.js (Intl.NumberFormat and PluralRules in
// the eight locales with data) with workerd's output.
func TestIntl(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl.js", "testdata/intl.workerd.out", intlDifferences)
}

// TestIntlDate compares testdata/intl_date.js (Intl.DateTimeFormat and
// Date.prototype.toLocale*String in the eight locales, time zones) with
// workerd's output.
func TestIntlDate(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_date.js", "testdata/intl_date.workerd.out", nil)
}

// TestIntlCollator compares testdata/intl_collator.js (Intl.Collator,
// localeCompare, toLocaleUpperCase/LowerCase) with workerd's output.
func TestIntlCollator(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_collator.js", "testdata/intl_collator.workerd.out", nil)
}

// TestIntlList compares testdata/intl_list.js (Intl.ListFormat, every type
// and style in the eight locales) with workerd's output.
func TestIntlList(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_list.js", "testdata/intl_list.workerd.out", nil)
}

// TestIntlRelative compares testdata/intl_relative.js
// (Intl.RelativeTimeFormat, numeric always and auto) with workerd's output.
func TestIntlRelative(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_relative.js", "testdata/intl_relative.workerd.out", nil)
}

// localeDifferences are testdata/intl_locale.js's lines where mcrepl
// differs.
var localeDifferences = map[int]struct{ mcrepl, why string }{
	46:  {"aaa aaa aaa aaa aaa", "x/text's likely subtags (CLDR 32) have none for aaa"},
	84:  {"sgn-DE=sgn-DE/sgn-DE", "sign-language aliases (sgn-XX) are not applied"},
	110: {"en-abcde-ABCDE=RangeError: Incorrect locale information provided/RangeError: Invalid language tag: en-abcde-ABCDE", "V8 lower-cases the tag in this message"},
	153: {`en-001 en-001 en-Latn-001 en-001 ["gregory"] ["emoji","eor"] ["h12"] ["latn"] [] {"direction":"ltr"} {"firstDay":1,"weekend":[6,7]}`, "the time zones of region 001 (V8 lists the Etc and SystemV zones) are not recorded"},
	177: {`yi yi yi-Hebr-001 yi ["gregory"] ["emoji","eor"] ["h23"] ["latn"]  {"direction":"rtl"} {"firstDay":1,"weekend":[6,7]}`, "x/text's likely subtags (CLDR 32) give yi-Hebr-001, V8's yi-Hebr-UA"},
	227: {`und-150 und-150 ru-Cyrl-150 ru-150 ["gregory"] ["emoji","eor"] ["h23"] ["latn"] [] {"direction":"ltr"} {"firstDay":1,"weekend":[6,7]}`, "x/text's likely subtags (CLDR 32) give ru-Cyrl-150, V8's en-Latn-150"},
	228: {`und-AQ und-AQ und-Latn-AQ und-AQ ["gregory"] ["emoji","eor"] ["h23"] ["latn"] ["Antarctica/Casey","Antarctica/Davis","Antarctica/DumontDUrville","Antarctica/Mawson","Antarctica/McMurdo","Antarctica/Palmer","Antarctica/Rothera","Antarctica/Syowa","Antarctica/Troll","Antarctica/Vostok"] {"direction":"ltr"} {"firstDay":1,"weekend":[6,7]}`, "x/text's likely subtags (CLDR 32) have no language for AQ"},
}

// TestIntlLocale compares testdata/intl_locale.js (Intl.Locale, aliases,
// likely subtags, the locale-info methods, Intl.supportedValuesOf) with
// workerd's output.
func TestIntlLocale(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_locale.js", "testdata/intl_locale.workerd.out", localeDifferences)
}

// displayNamesDifferences are testdata/intl_displaynames.js's lines where
// mcrepl differs.
var displayNamesDifferences = map[int]struct{ mcrepl, why string }{
	58: {`{"locale":"en","style":"long","type":"dateTimeField","fallback":"code"} {"locale":"en","style":"long","type":"calendar","fallback":"code"} {"locale":"en-US","style":"long","type":"region","fallback":"code"} {"locale":"de","style":"long","type":"region","fallback":"code"}`, "de-AT is not among the locales with data: de's"},
}

// TestIntlDisplayNames compares testdata/intl_displaynames.js
// (Intl.DisplayNames: every type and style in the eight locales, dialect
// and composed language names, errors) with workerd's output.
func TestIntlDisplayNames(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_displaynames.js", "testdata/intl_displaynames.workerd.out", displayNamesDifferences)
}

// segmenterDifferences are testdata/intl_segmenter.js's lines where mcrepl
// differs: the scripts ICU segments into words with dictionaries.
var segmenterDifferences = map[int]struct{ mcrepl, why string }{
	37:  {`word en [["日",0,true],["本",1,true],["語",2,true],["の",3,true],["テキスト",4,true],["で",8,true],["す",9,true],["。",10,false],["東",11,true],["京",12,true],["に",13,true],["行",14,true],["き",15,true],["ま",16,true],["す",17,true],["。",18,false]]`, "ICU breaks Japanese words with a dictionary; here ideographs and hiragana are one segment each"},
	38:  {`word ja [["日",0,true],["本",1,true],["語",2,true],["の",3,true],["テキスト",4,true],["で",8,true],["す",9,true],["。",10,false],["東",11,true],["京",12,true],["に",13,true],["行",14,true],["き",15,true],["ま",16,true],["す",17,true],["。",18,false]]`, "as line 37"},
	39:  {`word en [["我",0,true],["们",1,true],["去",2,true],["北",3,true],["京",4,true],["吧",5,true],["。",6,false],["好",7,true],["的",8,true],["！",9,false]]`, "ICU breaks Chinese words with a dictionary; here one ideograph each"},
	40:  {`word ja [["我",0,true],["们",1,true],["去",2,true],["北",3,true],["京",4,true],["吧",5,true],["。",6,false],["好",7,true],["的",8,true],["！",9,false]]`, "as line 39"},
	47:  {`word en [["ภ",0,true],["า",1,true],["ษ",2,true],["า",3,true],["ไ",4,true],["ท",5,true],["ย",6,true],["ง่",7,true],["า",9,true],["ย",10,true]]`, "ICU breaks Thai words with a dictionary; here one grapheme each"},
	48:  {`word ja [["ภ",0,true],["า",1,true],["ษ",2,true],["า",3,true],["ไ",4,true],["ท",5,true],["ย",6,true],["ง่",7,true],["า",9,true],["ย",10,true]]`, "as line 47"},
	121: {`"あー" ["あ*","ー*"]`, "as line 37 (ICU's dictionary keeps the prolonged sound mark with the hiragana)"},
	123: {`"漢字かな" ["漢*","字*","か*","な*"]`, "as line 37"},
}

// TestIntlSegmenter compares testdata/intl_segmenter.js (Intl.Segmenter:
// graphemes, words, sentences, containing, the iterator, errors) with
// workerd's output.
func TestIntlSegmenter(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_segmenter.js", "testdata/intl_segmenter.workerd.out", segmenterDifferences)
}

// TestIntlRange compares testdata/intl_range.js (Intl.NumberFormat's
// formatRange and formatRangeToParts: collapsed affixes, the approximately
// sign, spacing, errors) with workerd's output.
func TestIntlRange(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_range.js", "testdata/intl_range.workerd.out", nil)
}

// TestIntlDateRange compares testdata/intl_daterange.js
// (Intl.DateTimeFormat's formatRange and formatRangeToParts: every format
// mcrepl implements, each greatest differing field, time zones, errors)
// with workerd's output.
func TestIntlDateRange(t *testing.T) {
	compareWithWorkerd(t, "testdata/intl_daterange.js", "testdata/intl_daterange.workerd.out", nil)
}
