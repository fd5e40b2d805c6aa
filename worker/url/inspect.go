package url

import (
	"strconv"

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
			return inspect.Braces("URL {", entries), true
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
			return inspect.Braces("URLPattern {", entries), true
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
	return inspect.Braces(head, entries)
}
