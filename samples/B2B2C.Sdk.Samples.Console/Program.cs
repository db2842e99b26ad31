namespace B2B2C.Sdk.Samples.Console;

internal static class Program
{
    private static int Main(string[] args)
    {
        System.Console.WriteLine(Currency.FromCode("EUR").EnglishName);
        return args.Length;
    }
}
