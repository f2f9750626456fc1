// The indicator page's choropleth: the areas of the chosen level from our own GeoJSON, each filled by its class
// (comparison with Helsinki or quintile, "no data", "suppressed") given by the page in #indicator-map-data. The
// legend and the table beside the map say the same in words; clicking an area shows its trend.
(function () {
  'use strict';

  const container = document.getElementById('indicator-map');
  const dataElement = document.getElementById('indicator-map-data');
  if (!container || !dataElement || typeof echarts === 'undefined') {
    return;
  }

  const fills = {
    better: '#0a7a3e', similar: '#8a6d00', worse: '#b01038', higher: '#1f4e99', lower: '#6fa3dc', 'not-compared': '#ffffff',
    q1: '#08306b', q2: '#2171b5', q3: '#6baed6', q4: '#c6dbef', q5: '#f7fbff', 'no-data': '#ffffff', suppressed: '#b4b4b4',
  };
  const classes = JSON.parse(dataElement.textContent);

  fetch(container.dataset.layerUrl)
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (layer) {
      const mapName = 'indicator-' + container.dataset.layerUrl.split('/').pop();
      echarts.registerMap(mapName, layer);
      container.textContent = '';
      const chart = echarts.init(container, null, { renderer: 'svg' });
      chart.setOption({
        aria: { enabled: false },
        animation: false,
        tooltip: {
          trigger: 'item',
          formatter: function (params) {
            const item = classes[params.name];
            if (!item) {
              return echarts.format.encodeHTML(params.name);
            }
            return echarts.format.encodeHTML(item.name) + ': ' + echarts.format.encodeHTML(item.value) + '<br>' + echarts.format.encodeHTML(item.label);
          },
        },
        series: [{
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          roam: true,
          scaleLimit: { min: 1, max: 12 },
          aspectScale: Math.cos(60.2 * Math.PI / 180),
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          selectedMode: false,
          label: { show: false },
          itemStyle: { borderColor: '#1a1a1a', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { borderWidth: 2, borderColor: '#0000bf' } },
          data: layer.features.map(function (feature) {
            const code = feature.properties.code;
            const item = classes[code];
            const mapClass = item ? item['class'] : 'no-data';
            return { name: code, itemStyle: { areaColor: fills[mapClass] || '#ffffff' } };
          }),
        }],
      });
      chart.on('click', function (params) {
        if (params.name && classes[params.name]) {
          window.location.href = container.dataset.areaUrl.replace('CODE', encodeURIComponent(params.name)) + '#trend-title';
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      container.dataset.renderedAreas = String(layer.features.length);
      container.classList.add('is-rendered');
    })
    .catch(function () {
      container.textContent = container.dataset.unavailable;
    });
})();
