// Building long strings with many appends, then inspecting them.
var s = '';
for (var i = 0; i < 100000; i++) {
  s += String.fromCharCode(97 + i % 26);
}
console.log(s.length, s.charCodeAt(0), s.charCodeAt(25), s.charCodeAt(26), s.charCodeAt(99999));
console.log(s.slice(0, 10), s.slice(-10), s.substring(50000, 50005));
console.log(s.indexOf('zab'), s.indexOf('abc', 99990), s.indexOf('za', 99999));
// Appending numbers converts them.
var nums = '';
for (var j = 0; j < 10000; j++) nums += j;
console.log(nums.length, nums.slice(0, 12), nums.slice(-8));
// Doubling a string grows it fast.
var d = 'ab';
for (var k = 0; k < 16; k++) d = d + d;
console.log(d.length, d.charAt(65535), d.charAt(131071), d.slice(1000, 1006));
// Prepending versus appending give mirrored results.
var pre = '';
var app = '';
for (var m = 0; m < 1000; m++) {
  var c = String.fromCharCode(48 + m % 10);
  pre = c + pre;
  app = app + c;
}
var mirrored = true;
for (var n = 0; n < 1000; n++) {
  if (pre.charCodeAt(n) !== app.charCodeAt(999 - n)) mirrored = false;
}
console.log(pre.length, app.length, mirrored, pre.slice(0, 5), app.slice(0, 5));
// Checksum of a long built string.
var sum = 0;
for (var p = 0; p < s.length; p++) sum = (sum * 31 + s.charCodeAt(p)) % 1000003;
console.log(sum);
// Many small strings joined through an array.
var pieces = [];
for (var q = 0; q < 5000; q++) pieces.push('x' + q);
var joined = pieces.join(',');
console.log(joined.length, joined.slice(0, 14), joined.slice(-11));
// Appending in nested loops with mixed pieces.
var grid = '';
for (var r = 0; r < 100; r++) {
  for (var col = 0; col < 100; col++) grid += (r + col) % 2 === 0 ? '#' : '.';
  grid += '\n';
}
console.log(grid.length, grid.slice(0, 5), grid.charCodeAt(100), grid.indexOf('\n', 101));
