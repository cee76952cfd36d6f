console.log("coverage: not yet");
