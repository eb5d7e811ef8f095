// The `tenfold` command (see issue 2).
console.log('tenfold');
