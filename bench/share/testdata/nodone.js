new MessageChannel().port1.postMessage(1);
