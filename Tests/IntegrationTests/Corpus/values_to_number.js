// ToNumber on strings via unary plus.
console.log(+'42');
console.log(+'  12  ');
console.log(+'');
console.log(+'   ');
console.log(+'\n\t 7 \n');
console.log(+'3.25');
console.log(+'.5', +'5.', +'-.5');
console.log(+'1e3', +'1E-2', +'-2e+2');
console.log(+'0x1F', +'0X10');
console.log(+'0b101', +'0o17');
console.log(+'-0x10');
console.log(+'Infinity', +'-Infinity', +'+Infinity');
console.log(+'infinity');
console.log(+'abc', +'12abc', +'1 2');
console.log(+'-0');
console.log(1 / +'-0');
console.log(+'00012');
// Other primitives.
console.log(+true, +false, +null, +undefined);
// Arithmetic operators other than + convert strings.
console.log('6' * '7', '10' / '4', '10' - '3', '7' % '4');
console.log('2' ** '10');
console.log(-'5', -'', -'x');
