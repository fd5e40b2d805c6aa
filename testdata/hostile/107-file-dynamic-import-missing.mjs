await import('./missing' + '.js');
