package crypto

// InternalErrors is the count of Go runtime errors turned into rejections.
func InternalErrors() int64 { return internalErrors.Load() }
