using Sitrep.Cli;

return await SitrepCli.CreateRoot(CliEnvironment.FromConsole()).Parse(args).InvokeAsync().ConfigureAwait(false);
