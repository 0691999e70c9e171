using Sitrep.Cli;

return await SitrepCli.RunAsync(args, CliEnvironment.FromConsole()).ConfigureAwait(false);
