using WelfareAtlas.Cli;

return await AtlasCli.RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
