// A literal cannot be assigned to.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
var x = 1;
x = 2;
x += 3;
x **= 2;
var o = { p: 1 };
o.p = 5;
o['q'] = 6;
o.p++;
var a = [1, 2];
a[0] = a[1] = 9;
console.log(x, o, a);
function set(obj, v) {
  obj.value = v;
  return obj;
}
console.log(set({}, 3));
1 = 2;
console.log(x);
