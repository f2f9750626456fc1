namespace WelfareAtlas.Disclosure;

/// <summary>One equation <c>Σ Coefficients[i] × x[Variables[i]] = RightHandSide</c> over non-negative variables.</summary>
/// <param name="Variables">Indexes of the variables, 0-based; a variable may repeat (its coefficients add up).</param>
/// <param name="Coefficients">One coefficient per entry of <paramref name="Variables"/>.</param>
/// <param name="RightHandSide">The constant.</param>
public sealed record LinearEquation(IReadOnlyList<int> Variables, IReadOnlyList<double> Coefficients, double RightHandSide);
