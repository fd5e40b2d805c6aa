package worker

import _ "github.com/mcrepl/mcrepl/worker/streams" // ReadableStream, WritableStream, TransformStream, compression
