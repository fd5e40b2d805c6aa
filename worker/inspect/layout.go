package inspect

import (
	"math"
	"strings"
)

// reduceToSingleString is Node's reduceToSingleString: with compact a
// number of levels (3 by default), the entries go on one line when the
// object is at most that many levels deep and they fit in breakLength,
// otherwise one per line; arrays (extrasArray) of more than six entries are
// first grouped into columns. numericAt reports whether item i of the value
// is a number or bigint (nil: no value, as for proxies), which right-aligns
// grouped columns. With compact false (0) every entry has a line; with
// compact true, entries fill lines.
func (c *ctx) reduceToSingleString(output []string, base string, braces [2]string, extrasArray bool, recurseTimes int, numericAt func(int) bool) string {
	if c.compact == CompactTrue {
		return c.reduceCompactTrue(output, base, braces)
	}
	entries := len(output)
	if c.compact >= 1 && extrasArray && entries > 6 {
		output = c.groupArrayElements(output, numericAt)
	}
	if c.compact >= 1 && c.currentDepth-recurseTimes < c.compact && entries == len(output) {
		// 10 is Node's allowance for everything else that shortens a line.
		start := len(output) + c.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
		if c.isBelowBreakLength(output, start, base) {
			joined := strings.Join(output, ", ")
			if !strings.Contains(joined, "\n") {
				var b strings.Builder
				if base != "" {
					b.WriteString(base)
					b.WriteByte(' ')
				}
				b.WriteString(braces[0])
				b.WriteByte(' ')
				b.WriteString(joined)
				b.WriteByte(' ')
				b.WriteString(braces[1])
				return b.String()
			}
		}
	}
	indentation := "\n" + strings.Repeat(" ", c.indentationLvl)
	var b strings.Builder
	if base != "" {
		b.WriteString(base)
		b.WriteByte(' ')
	}
	b.WriteString(braces[0])
	b.WriteString(indentation)
	b.WriteString("  ")
	for i, s := range output {
		if i > 0 {
			b.WriteByte(',')
			b.WriteString(indentation)
			b.WriteString("  ")
		}
		b.WriteString(s)
	}
	b.WriteString(indentation)
	b.WriteString(braces[1])
	return b.String()
}

// reduceCompactTrue is reduceToSingleString's compact: true branch.
func (c *ctx) reduceCompactTrue(output []string, base string, braces [2]string) string {
	var b strings.Builder
	if c.isBelowBreakLength(output, 0, base) {
		b.WriteString(braces[0])
		if base != "" {
			b.WriteString(" " + base)
		}
		b.WriteString(" " + strings.Join(output, ", ") + " " + braces[1])
		return b.String()
	}
	indentation := strings.Repeat(" ", c.indentationLvl)
	ln := " "
	if base != "" || jsLen(braces[0]) != 1 {
		ln = "\n" + indentation + "  "
		if base != "" {
			ln = " " + base + ln
		}
	}
	b.WriteString(braces[0] + ln + strings.Join(output, ",\n"+indentation+"  ") + " " + braces[1])
	return b.String()
}

func (c *ctx) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > c.breakLength {
		return false
	}
	for _, s := range output {
		total += visibleLen(s, c.colors)
		if total > c.breakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// groupArrayElements is Node's groupArrayElements: short entries are laid
// out in columns, about as many as make a square of 2.5:1 characters,
// right-aligned when all items are numbers.
func (c *ctx) groupArrayElements(output []string, numericAt func(int) bool) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if c.maxArrayLength < len(output) {
		// The "... more items" entry does not take part.
		outputLength--
	}
	const separatorSpace = 2 // ", "
	dataLen := make([]int, outputLength)
	for i := range outputLength {
		l := stringWidth(output[i], c.colors)
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if !(actualMax*3+c.indentationLvl < c.breakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6)) {
		return output
	}
	const approxCharHeights = 2.5
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := min(
		int(math.Floor(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax+0.5)),
		(c.breakLength-c.indentationLvl)/actualMax,
		c.compact*4,
		15,
	)
	if columns <= 1 {
		return output
	}
	maxLineLength := make([]int, columns)
	for i := range columns {
		lineMax := 0
		for j := i; j < outputLength; j += columns {
			lineMax = max(lineMax, dataLen[j])
		}
		maxLineLength[i] = lineMax + separatorSpace
	}
	padStart := true
	if numericAt != nil {
		for i := range output {
			if !numericAt(i) {
				padStart = false
				break
			}
		}
	}
	tmp := make([]string, 0, outputLength/columns+2)
	for i := 0; i < outputLength; i += columns {
		end := min(i+columns, outputLength)
		var b strings.Builder
		j := i
		for ; j < end-1; j++ {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
			b.WriteString(padTo(output[j]+", ", padding, padStart))
		}
		if padStart {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
			b.WriteString(padTo(output[j], padding, true))
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if c.maxArrayLength < len(output) {
		tmp = append(tmp, output[outputLength])
	}
	return tmp
}

// padTo pads s with spaces to n JavaScript characters, at the start or the
// end (String.prototype.padStart and padEnd).
func padTo(s string, n int, start bool) string {
	l := jsLen(s)
	if l >= n {
		return s
	}
	if start {
		return strings.Repeat(" ", n-l) + s
	}
	return s + strings.Repeat(" ", n-l)
}
