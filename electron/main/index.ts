// Electron main process entry (see issue 6).
export {};
