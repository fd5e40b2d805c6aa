const done = Promise.reject(new Error("deliberate"));
