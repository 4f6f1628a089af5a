var a = new Array(-1);
