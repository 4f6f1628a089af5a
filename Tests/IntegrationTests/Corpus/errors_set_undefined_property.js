// Setting a property on undefined is a TypeError that names the key.
var objs = [{ a: 1 }, { a: 2 }, { a: 3 }];
function stamp(o, v) {
  o.x = v;
  return o.a + o.x;
}
for (var i = 0; i < objs.length; i++) {
  console.log('stamp', i, stamp(objs[i], i * 10));
}
console.log(objs[0], objs[1], objs[2]);
// Setting properties on arrays and objects in many ways works.
var arr = [];
arr[0] = 'zero';
arr[2] = 'two';
console.log(arr.length, arr[1], arr.join('|'));
var dict = {};
dict['key with space'] = 1;
dict.plain = 2;
console.log(dict);
// Overwriting a property keeps its place in the printed order.
dict.plain = 'two';
console.log(dict, dict.plain);
// Walking one past the end of the array and setting .x there fails.
function stampAll(list, n) {
  for (var j = 0; j <= n; j++) {
    stamp(list[j], j);
    console.log('stamped', j);
  }
}
stampAll(objs, 3);
console.log('never printed');
