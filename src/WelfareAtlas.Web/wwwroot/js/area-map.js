// The home page's map: the areas of one level from our own GeoJSON, drawn by Apache ECharts with the SVG
// renderer. The table beside it lists the same areas and is the keyboard and screen-reader path.
(function () {
  'use strict';

  const container = document.getElementById('area-map');
  if (!container || typeof echarts === 'undefined') {
    return;
  }

  const lang = container.dataset.lang;
  const areaUrl = container.dataset.areaUrl;
  // One colour per major district (the kokotunnus' fourth character), from the HDS palette.
  const palette = ['#9fc9eb', '#ffe977', '#a3d8c4', '#f5a3c7', '#ffc61e', '#8ac8ff', '#d0e6f7', '#e6e6e6', '#cbbbff'];

  function colourOf(code) {
    if (code.length === 10) {
      return palette[(parseInt(code.charAt(3), 10) - 1 + palette.length) % palette.length];
    }
    return palette[parseInt(code.slice(2, 4), 10) % palette.length];
  }

  function highlightRow(code, on) {
    const row = document.querySelector('#area-table tr[data-code="' + code + '"]');
    if (row) {
      row.classList.toggle('is-highlighted', on);
    }
  }

  fetch(container.dataset.layerUrl)
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (layer) {
      const names = {};
      layer.features.forEach(function (feature) {
        names[feature.properties.code] = feature.properties['name_' + lang];
      });
      const mapName = 'helsinki-' + container.dataset.layerUrl.split('/').pop();
      echarts.registerMap(mapName, layer);
      container.textContent = '';
      const chart = echarts.init(container, null, { renderer: 'svg' });
      chart.setOption({
        aria: { enabled: false },
        animation: false,
        tooltip: {
          trigger: 'item',
          formatter: function (params) {
            const name = names[params.name] || params.name;
            return echarts.format.encodeHTML(name) + ' <span style="opacity:.7">' + echarts.format.encodeHTML(params.name) + '</span>';
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
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#0000bf' } },
          data: layer.features.map(function (feature) {
            const code = feature.properties.code;
            return { name: code, itemStyle: { areaColor: colourOf(code) } };
          }),
        }],
      });
      chart.on('click', function (params) {
        if (params.name) {
          window.location.href = areaUrl + encodeURIComponent(params.name);
        }
      });
      chart.on('mouseover', function (params) { highlightRow(params.name, true); });
      chart.on('mouseout', function (params) { highlightRow(params.name, false); });
      window.addEventListener('resize', function () { chart.resize(); });
      container.dataset.renderedAreas = String(layer.features.length);
      container.classList.add('is-rendered');
    })
    .catch(function () {
      container.textContent = container.dataset.unavailable;
    });
})();
