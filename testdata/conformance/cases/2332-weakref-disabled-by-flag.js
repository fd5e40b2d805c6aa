// config: date=2026-01-01 flags=disable_weak_ref
// disable_weak_ref takes WeakRef and FinalizationRegistry away after their date.
console.log(typeof WeakRef, typeof FinalizationRegistry, 'WeakRef' in globalThis);
