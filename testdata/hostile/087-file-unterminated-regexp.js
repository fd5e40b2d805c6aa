const r = /abc
