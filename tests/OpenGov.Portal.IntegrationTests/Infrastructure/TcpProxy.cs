using System.Net;
using System.Net.Sockets;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>A loopback TCP forwarder the tests can cut, to make the database "go away" and come back.</summary>
public sealed class TcpProxy : IAsyncDisposable
{
    readonly int targetPort;
    readonly List<TcpClient> open = [];
    TcpListener? listener;
    CancellationTokenSource? cts;

    public TcpProxy(int targetPort, int port = 0)
    {
        this.targetPort = targetPort;
        Port = port;
    }

    public int Port { get; private set; }

    public void Start()
    {
        cts = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync(listener, cts.Token);
    }

    public void Stop()
    {
        cts?.Cancel();
        listener?.Stop();
        lock (open)
        {
            foreach (var c in open) c.Dispose();
            open.Clear();
        }
    }

    /// <summary>Cuts every connection open now but keeps listening: a network blip the next attempt survives.</summary>
    public void DropConnections()
    {
        lock (open)
        {
            foreach (var c in open) c.Dispose();
            open.Clear();
        }
    }

    async Task AcceptAsync(TcpListener l, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await l.AcceptTcpClientAsync(ct); }
            catch (Exception) { return; }
            var outbound = new TcpClient();
            try { await outbound.ConnectAsync(IPAddress.Loopback, targetPort, ct); }
            catch (Exception) { inbound.Dispose(); outbound.Dispose(); continue; }
            lock (open) { open.Add(inbound); open.Add(outbound); }
            _ = PumpAsync(inbound, outbound, ct);
            _ = PumpAsync(outbound, inbound, ct);
        }
    }

    static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken ct)
    {
        try { await from.GetStream().CopyToAsync(to.GetStream(), ct); }
        catch (Exception) { /* either side closed */ }
        finally { from.Dispose(); to.Dispose(); }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
