package flags

import "time"

// fallbackDate is the date workerd computes flags with when the configured
// date is invalid; it is older than every flag's enable date, which is why an
// invalid date never comes with "became the default" warnings.
const fallbackDate = "2021-05-01"

// ValidDate reports whether s is a compatibility date as workerd accepts it:
// exactly YYYY-MM-DD, year 2000-2999, month 01-12, day 01-31. The day is not
// checked against the month: 2025-02-30 is valid, as in workerd. Valid dates
// compare correctly as strings.
func ValidDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || s[0] != '2' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	month := int(s[5]-'0')*10 + int(s[6]-'0')
	day := int(s[8]-'0')*10 + int(s[9]-'0')
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// Today is now's date in UTC, as workerd's future-date check sees it.
func Today(now time.Time) string { return now.UTC().Format(time.DateOnly) }

// DefaultDate is the date used when none is given: today in UTC, capped at
// NewestDate.
func DefaultDate(now time.Time) string {
	if t := Today(now); t < NewestDate {
		return t
	}
	return NewestDate
}
