namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>A forecast from the start of a series scored against its held-out end.</summary>
/// <param name="Model">The model chosen on the training part.</param>
/// <param name="Training">How many points the model was fitted on.</param>
/// <param name="Held">How many points were held out and forecast.</param>
/// <param name="Mase">Mean absolute scaled error of the forecasts (scaled by the training part's one-step naive error).</param>
/// <param name="NaiveMase">The same for the last training value carried forward.</param>
/// <param name="Inside80">How many held-out values fell inside the 80 % intervals.</param>
/// <param name="Inside95">How many fell inside the 95 % intervals.</param>
public sealed record HoldoutResult(SmoothingModel Model, int Training, int Held, double Mase, double NaiveMase, int Inside80, int Inside95)
{
    /// <summary>Whether the forecast beat the naive one.</summary>
    public bool BeatsNaive => Mase < NaiveMase;
}
