// Numeric literal forms.
console.log(0, 0.5, 1.0, 1.50, 0.0);
console.log(0xff, 0XFF, 0x0, 0xDEADBEEF);
console.log(0o17, 0O7, 0b101, 0B11111111);
console.log(1e3, 1E3, 1e+3, 1e-3, 2.5e2);
console.log(.5, 5., .125e1);
console.log(123456789012);
console.log(9007199254740993);
console.log(0.1, 0.7, 1.1);
console.log(1e21, 1e-7, 1.7976931348623157e308, 5e-324);
// Literals beyond double range.
console.log(1e309, 2e-400);
// Large hex literals become doubles.
console.log(0xFFFFFFFF, 0x100000000, 0x7FFFFFFF + 1);
console.log(0xFFFFFFFFFFFFF);
// Negative literals are unary minus on literals.
console.log(-0x10, -1e2, -.5);
// Literals with many digits round to the nearest double.
console.log(0.1000000000000000055511151231257827, 3.14159265358979323846);
console.log(123456789012345678901234567890, 0.000000000000000000001);
