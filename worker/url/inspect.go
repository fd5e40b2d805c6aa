package url

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// registerInspect makes console.log show the package's objects as workerd
// does: a URL's and a URLPattern's getters with their values, a
// URLSearchParams as a map of its pairs.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		str := func(v string) string { return recurse(s.rt.ToValue(v)) }
		if u := urlOf(o); u != nil {
			var entries []string
			for _, a := range urlAccessors {
				entries = append(entries, a.name+": "+str(a.get(u.u)))
			}
			entries = append(entries, "searchParams: "+s.inspectParams(u.params, u.u.query, recurse))
			return braces("URL {", entries), true
		}
		if p := s.paramsOf(o); p != nil {
			return s.inspectParams(p, "", recurse), true
		}
		if it := s.iters.Get(o); it != nil {
			return [...]string{"EntryIterator {}", "KeyIterator {}", "ValueIterator {}"}[it.kind], true
		}
		if p := s.patterns.Get(o); p != nil {
			var entries []string
			for _, name := range componentNames {
				entries = append(entries, name+": "+str(componentGetter(name)(p.p)))
			}
			entries = append(entries, "hasRegExpGroups: "+recurse(s.rt.ToValue(p.p.HasRegexpGroups())))
			return braces("URLPattern {", entries), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

// inspectParams shows a URLSearchParams' pairs, or, for a URL whose
// searchParams was never read, the pairs of its query.
func (s *state) inspectParams(p *params, query string, recurse func(goja.Value) string) string {
	list := ParseURLEncoded(query)
	if p != nil {
		list = p.list
	}
	head := "URLSearchParams(" + strconv.Itoa(len(list)) + ") {"
	if len(list) == 0 {
		return head + "}"
	}
	entries := make([]string, len(list))
	for i, e := range list {
		entries[i] = recurse(s.rt.ToValue(e.Name)) + " => " + recurse(s.rt.ToValue(e.Value))
	}
	return braces(head, entries)
}

// braces joins entries the way Node's util.inspect does for an object
// whose entries are known: on one line when they fit in its break length
// of 80 columns (its reduceToSingleString), one per line otherwise.
func braces(open string, entries []string) string {
	if len(entries) == 0 {
		return open + "}"
	}
	total := len(entries) + len(entries) + len(open) + 10
	multi := false
	for _, e := range entries {
		total += len(e)
		if strings.Contains(e, "\n") {
			multi = true
		}
	}
	if !multi && total <= 80 {
		return open + " " + strings.Join(entries, ", ") + " }"
	}
	return open + "\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
