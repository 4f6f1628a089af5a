console.log(new Array(4294967295).length);
var a = new Array(4294967296);
