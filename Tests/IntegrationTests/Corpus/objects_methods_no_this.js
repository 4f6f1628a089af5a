// Objects holding functions, called as o.f(x); the functions never use `this`.
var math = {
  square: function (x) { return x * x; },
  cube: x => x * x * x,
  neg: function neg(x) { return -x; },
  id: x => x
};
console.log(math.square(7), math.cube(3), math.neg(5), math.id('same'));
console.log(math['square'](1.5), typeof math.cube, typeof math.missing);
// A method calling another method through the global object.
var calc = {
  double: x => x * 2,
  quad: function (x) { return calc.double(calc.double(x)); }
};
console.log(calc.quad(5), calc.quad(-0.25));
// Replacing a method at run time changes later calls at the same site.
var hooks = { transform: x => x + 1 };
var results = [];
for (var i = 0; i < 6; i++) {
  if (i === 3) hooks.transform = x => x * 100;
  results.push(hooks.transform(i));
}
console.log(results);
// A table of handlers chosen by key.
var handlers = {
  num: v => 'number ' + v,
  str: v => 'string ' + v.length,
  bool: v => v ? 'yes' : 'no'
};
function handle(kind, v) {
  return handlers[kind](v);
}
console.log(handle('num', 42), handle('str', 'hello'), handle('bool', false));
// Methods that receive the object explicitly.
var counter = { count: 0, bump: function (self, by) { self.count += by; return self.count; } };
counter.bump(counter, 5);
counter.bump(counter, 7);
console.log(counter.count, counter.bump(counter, -2));
// Methods stored in several objects, called at one site.
var shapes = [
  { area: r => r * r * 4, name: 'square' },
  { area: r => r * r * 3, name: 'rough circle' },
  { area: function (r) { return r * r / 2; }, name: 'triangle' }
];
for (var s = 0; s < shapes.length; s++) {
  console.log(shapes[s].name, shapes[s].area(3));
}
// Calling a method returned by another method.
var factory = { pick: function (n) { return n > 0 ? math.square : math.neg; } };
console.log(factory.pick(1)(9), factory.pick(-1)(9));
