// Every primitive kind printed at top level.
console.log(1);
console.log(-1);
console.log(3.5);
console.log('hello');
console.log(true);
console.log(false);
console.log(null);
console.log(undefined);
// Several arguments are joined with single spaces.
console.log('a', 1, true, null, undefined);
console.log(0, -0, NaN, Infinity, -Infinity);
// No arguments prints an empty line.
console.log();
console.log('after empty line');
// The empty string prints as an empty line too.
console.log('');
console.log('', '');
// Strings are printed raw at top level, even with quotes inside.
console.log("it's", 'say "hi"');
