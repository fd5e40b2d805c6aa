import { exec } from 'node:child_process';
import { isatty } from 'node:tty';
import { mock } from 'node:test';
console.log(typeof exec, isatty(1), typeof mock.fn);
