using System.CommandLine;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Evaluation;
using Sitrep.Text;

if (args.Length > 0 && args[0] == "dbg")
{
    var cat = DataCatalog.Discover();
    var p = new PipelineBuilder().UseText().UseEntities(cat).Build();
    if (args[1].EndsWith(".jsonl"))
    {
        foreach (var g in NerGoldReader.Read(args[1]))
        {
            var d = p.Process(new Sitrep.Core.Model.Document(g.Id, g.Text));
            foreach (var (span, type) in NerEvaluator.Predicted(d)) Console.WriteLine($"P\t{g.Id}\t{span.Start}\t{span.End}\t{type}\t{d.TextOf(span)}");
            foreach (var s in g.Spans) Console.WriteLine($"G\t{g.Id}\t{s.Span.Start}\t{s.Span.End}\t{s.Type}\t{s.Text}");
        }
    }
    else
    {
        var d = p.Process(new Sitrep.Core.Model.Document("x", File.ReadAllText(args[1])));
        foreach (var e in d.Entities) Console.WriteLine($"E{e.Id}\t{e.Type}\t{e.Name}\trole={e.Role}\taff={e.Affiliation}\tacr={e.Acronym}");
        foreach (var m in d.Mentions) Console.WriteLine($"  {m.Span}\t{m.Kind}\tE{m.EntityId}\t{d.TextOf(m.Span)}");
    }
    return 0;
}
var root = new RootCommand("Sitrep: evidence-linked conflict events from news text.");
var evalCmd = new Command("eval", "tmp");
evalCmd.Subcommands.Add(Sitrep.Cli.Commands.Eval.EvalNerCommand.Create());
root.Subcommands.Add(evalCmd);
return root.Parse(args).Invoke();
