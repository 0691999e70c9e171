using BenchmarkDotNet.Running;

// Run on demand: dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
