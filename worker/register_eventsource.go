package worker

import "github.com/mcrepl/mcrepl/worker/eventsource"

// EventSource (package eventsource), with the event log.
func init() { eventsource.SetHooks(eventsource.Hooks{TraceLog: eventLog}) }
