// Electron preload (see issue 6).
export {};
