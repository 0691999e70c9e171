namespace Sitrep.Store.Export;

/// <summary>The columns of an event CSV (<c>sitrep export --what events --schema</c>, issue 8 point 7).</summary>
public enum EventSchema
{
    /// <summary>GDELT 2.0 event-table columns plus Sitrep's evidence columns, one row per event (<see cref="GdeltEventRow"/>); the default.</summary>
    Gdelt,

    /// <summary>ACLED's event-table columns, one row per event ACLED would code (<see cref="AcledEventRow"/>).</summary>
    Acled,
}
