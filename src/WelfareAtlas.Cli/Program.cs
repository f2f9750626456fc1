using System.CommandLine;

RootCommand root = new("Welfare Atlas: regional welfare profiles.");
return root.Parse(args).Invoke();
