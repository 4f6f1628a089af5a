// Declaring the same let twice in one scope is an early error.
// Nothing is printed: the whole program is parsed before any of it runs.
console.log('this line is never printed');
let x = 1;
{
  let x = 2;
  console.log(x);
}
function f(x) {
  let y = x + 1;
  {
    let y = 'shadow';
    console.log(y);
  }
  return y;
}
console.log(f(x));
var y = x + 1;
console.log(y);
let x = 3;
console.log(x);
