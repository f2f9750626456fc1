namespace WelfareAtlas.Import.Demo;

/// <summary>Random draws for the generator from an injected, seeded <see cref="Random"/>; nothing here reads the clock.</summary>
internal static class Sampling
{
    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A Poisson draw: Knuth's multiplication method below a mean of 30, a rounded normal approximation above.</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean < 30)
        {
            double limit = Math.Exp(-mean);
            double product = random.NextDouble();
            int count = 0;
            while (product > limit)
            {
                product *= random.NextDouble();
                count++;
            }

            return count;
        }

        return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal(random))));
    }

    /// <summary>A binomial draw of <paramref name="trials"/> with probability <paramref name="p"/>: exact for few trials, Poisson or normal approximations for many.</summary>
    public static int Binomial(Random random, int trials, double p)
    {
        if (trials <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return trials;
        }

        if (trials < 40)
        {
            int count = 0;
            for (int i = 0; i < trials; i++)
            {
                if (random.NextDouble() < p)
                {
                    count++;
                }
            }

            return count;
        }

        double mean = trials * p;
        if (mean < 30)
        {
            return Math.Min(trials, Poisson(random, mean));
        }

        if (trials * (1 - p) < 30)
        {
            return trials - Math.Min(trials, Poisson(random, trials * (1 - p)));
        }

        return Math.Clamp((int)Math.Round(mean + (Math.Sqrt(mean * (1 - p)) * Normal(random))), 0, trials);
    }

    /// <summary>The logistic function.</summary>
    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>The log-odds of <paramref name="p"/>.</summary>
    public static double Logit(double p) => Math.Log(p / (1 - p));
}
