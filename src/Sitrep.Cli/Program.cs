using System.CommandLine;

var root = new RootCommand("Sitrep: evidence-linked conflict events from news text.");
return root.Parse(args).Invoke();
